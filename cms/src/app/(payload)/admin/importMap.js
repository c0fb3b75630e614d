import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowPanel as WorkflowPanel_30ecf247e3a3630988232822613f41df } from '@gov/review-workflow/rsc'
import { ReviewPublishNote as ReviewPublishNote_30ecf247e3a3630988232822613f41df } from '@gov/review-workflow/rsc'
import { ReplyLetterLink as ReplyLetterLink_3763454b1dbfb0bd7f2998079a33f0a0 } from '../../../components/ReplyLetterLink'
import { RecalculateButton as RecalculateButton_b9a9ab2f1f10aed066a6301c99a931f8 } from '../../../components/RecalculateButton'
import { Table3Field as Table3Field_bf8561a21ac8b6bf8d622a0e1a1d31c0 } from '../../../components/Table3Field'
import { DocumentStatus as DocumentStatus_7d75515ff9936c87c866a03323a84617 } from '../../../components/DocumentStatus/index.client'
import { JsonView as JsonView_51e1a4e944cfd9332d1b06c6ebb4f419 } from '@gov/review-workflow/client'
import { PasswordActions as PasswordActions_15a093923b6623990cb63c349674914a } from '../../../components/PasswordActions'
import { SubmissionPreview as SubmissionPreview_faf667ac095fce7f4a9d89e0249c736f } from '../../../components/SubmissionPreview'
import { ReceiptDecision as ReceiptDecision_e5979f63491f6de94aa9d57ca6d24d0d } from '../../../components/ReceiptDecision'
import { IssueExportLinks as IssueExportLinks_c686efe3dff7081a3c7d6ce6fc1873e5 } from '../../../components/DocumentExportLinks'
import { BulletinExportLinks as BulletinExportLinks_c686efe3dff7081a3c7d6ce6fc1873e5 } from '../../../components/DocumentExportLinks'
import { BulletinTableField as BulletinTableField_6726eaff5f89935faa294a578a034339 } from '../../../components/BulletinTableField'
import { MessageReplyPanel as MessageReplyPanel_4f58d1ad152e529f7469854876b15943 } from '../../../components/MessageReplyPanel'
import { CheckWordsImport as CheckWordsImport_d38704073b1f9c81c55fde0e89ee85bd } from '../../../components/CheckWordsImport'
import { InspectionReportItems as InspectionReportItems_97e1dd79613098d13719df2d85d06760 } from '../../../components/InspectionReportItems'
import { InspectionRunButton as InspectionRunButton_01bf444d3cac320e8b3927f799075c17 } from '../../../components/InspectionRunButton'
import { FormRollupLinks as FormRollupLinks_cc1f29a8cce37e124651aea598c18bd5 } from '../../../components/FormRollupLinks'
import { ItemRowLabel as ItemRowLabel_01225c502022a8bf75b679e7401b4378 } from '../../../components/FormDataField/RowLabel'
import { FilingExportLinks as FilingExportLinks_c686efe3dff7081a3c7d6ce6fc1873e5 } from '../../../components/DocumentExportLinks'
import { FormDataField as FormDataField_9ce2e5a57d0b436b2b1472cede7fef35 } from '../../../components/FormDataField'
import { UnitCodeInput as UnitCodeInput_51e1a4e944cfd9332d1b06c6ebb4f419 } from '@gov/review-workflow/client'
import { ConditionFieldSelect as ConditionFieldSelect_51e1a4e944cfd9332d1b06c6ebb4f419 } from '@gov/review-workflow/client'
import { ConditionValueInput as ConditionValueInput_51e1a4e944cfd9332d1b06c6ebb4f419 } from '@gov/review-workflow/client'
import { ConditionRowLabel as ConditionRowLabel_51e1a4e944cfd9332d1b06c6ebb4f419 } from '@gov/review-workflow/client'
import { ChecklistRowLabel as ChecklistRowLabel_51e1a4e944cfd9332d1b06c6ebb4f419 } from '@gov/review-workflow/client'
import { StageRowLabel as StageRowLabel_51e1a4e944cfd9332d1b06c6ebb4f419 } from '@gov/review-workflow/client'
import { CodeLabels as CodeLabels_51e1a4e944cfd9332d1b06c6ebb4f419 } from '@gov/review-workflow/client'
import { LookupTitle as LookupTitle_51e1a4e944cfd9332d1b06c6ebb4f419 } from '@gov/review-workflow/client'
import { StageNumber as StageNumber_51e1a4e944cfd9332d1b06c6ebb4f419 } from '@gov/review-workflow/client'
import { AuditExportForm as AuditExportForm_30ecf247e3a3630988232822613f41df } from '@gov/review-workflow/rsc'
import { OpenLink as OpenLink_51e1a4e944cfd9332d1b06c6ebb4f419 } from '@gov/review-workflow/client'
import { AdminIcon as AdminIcon_9a1874b676b04705842f901c297a6dc9 } from '../../../components/AdminGraphics'
import { AdminLogo as AdminLogo_9a1874b676b04705842f901c297a6dc9 } from '../../../components/AdminGraphics'
import { DeadlinesNavLink as DeadlinesNavLink_1960d28ba973409b78dd4c47e1189bb5 } from '../../../components/DeadlinesView'
import { SubmissionStatsNavLink as SubmissionStatsNavLink_0189079f1ad15a489ef55eda501c9739 } from '../../../components/SubmissionStatsView'
import { InteractionDeadlinesNavLink as InteractionDeadlinesNavLink_e68aff74a38c1c41177d4576cbdefb1a } from '../../../components/InteractionDeadlinesView'
import { InteractionStatsNavLink as InteractionStatsNavLink_c0222bfec77c3d758a946b896903a508 } from '../../../components/InteractionStatsView'
import { PendingNavLink as PendingNavLink_30ecf247e3a3630988232822613f41df } from '@gov/review-workflow/rsc'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { Workbench as Workbench_446c298c5ef536ab468a049e4d0d8239 } from '../../../components/Workbench'
import { DeadlinesView as DeadlinesView_1960d28ba973409b78dd4c47e1189bb5 } from '../../../components/DeadlinesView'
import { SubmissionStatsView as SubmissionStatsView_0189079f1ad15a489ef55eda501c9739 } from '../../../components/SubmissionStatsView'
import { ChangePasswordView as ChangePasswordView_9111cdf15449dfc791762a35b5e3a950 } from '../../../components/ChangePasswordView'
import { AccountGateView as AccountGateView_9111cdf15449dfc791762a35b5e3a950 } from '../../../components/ChangePasswordView'
import { InteractionDeadlinesView as InteractionDeadlinesView_e68aff74a38c1c41177d4576cbdefb1a } from '../../../components/InteractionDeadlinesView'
import { InteractionStatsView as InteractionStatsView_c0222bfec77c3d758a946b896903a508 } from '../../../components/InteractionStatsView'
import { PendingView as PendingView_30ecf247e3a3630988232822613f41df } from '@gov/review-workflow/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@gov/review-workflow/rsc#WorkflowPanel": WorkflowPanel_30ecf247e3a3630988232822613f41df,
  "@gov/review-workflow/rsc#ReviewPublishNote": ReviewPublishNote_30ecf247e3a3630988232822613f41df,
  "/components/ReplyLetterLink#ReplyLetterLink": ReplyLetterLink_3763454b1dbfb0bd7f2998079a33f0a0,
  "/components/RecalculateButton#RecalculateButton": RecalculateButton_b9a9ab2f1f10aed066a6301c99a931f8,
  "/components/Table3Field#Table3Field": Table3Field_bf8561a21ac8b6bf8d622a0e1a1d31c0,
  "/components/DocumentStatus/index.client#DocumentStatus": DocumentStatus_7d75515ff9936c87c866a03323a84617,
  "@gov/review-workflow/client#JsonView": JsonView_51e1a4e944cfd9332d1b06c6ebb4f419,
  "/components/PasswordActions#PasswordActions": PasswordActions_15a093923b6623990cb63c349674914a,
  "/components/SubmissionPreview#SubmissionPreview": SubmissionPreview_faf667ac095fce7f4a9d89e0249c736f,
  "/components/ReceiptDecision#ReceiptDecision": ReceiptDecision_e5979f63491f6de94aa9d57ca6d24d0d,
  "/components/DocumentExportLinks#IssueExportLinks": IssueExportLinks_c686efe3dff7081a3c7d6ce6fc1873e5,
  "/components/DocumentExportLinks#BulletinExportLinks": BulletinExportLinks_c686efe3dff7081a3c7d6ce6fc1873e5,
  "/components/BulletinTableField#BulletinTableField": BulletinTableField_6726eaff5f89935faa294a578a034339,
  "/components/MessageReplyPanel#MessageReplyPanel": MessageReplyPanel_4f58d1ad152e529f7469854876b15943,
  "/components/CheckWordsImport#CheckWordsImport": CheckWordsImport_d38704073b1f9c81c55fde0e89ee85bd,
  "/components/InspectionReportItems#InspectionReportItems": InspectionReportItems_97e1dd79613098d13719df2d85d06760,
  "/components/InspectionRunButton#InspectionRunButton": InspectionRunButton_01bf444d3cac320e8b3927f799075c17,
  "/components/FormRollupLinks#FormRollupLinks": FormRollupLinks_cc1f29a8cce37e124651aea598c18bd5,
  "/components/FormDataField/RowLabel#ItemRowLabel": ItemRowLabel_01225c502022a8bf75b679e7401b4378,
  "/components/DocumentExportLinks#FilingExportLinks": FilingExportLinks_c686efe3dff7081a3c7d6ce6fc1873e5,
  "/components/FormDataField#FormDataField": FormDataField_9ce2e5a57d0b436b2b1472cede7fef35,
  "@gov/review-workflow/client#UnitCodeInput": UnitCodeInput_51e1a4e944cfd9332d1b06c6ebb4f419,
  "@gov/review-workflow/client#ConditionFieldSelect": ConditionFieldSelect_51e1a4e944cfd9332d1b06c6ebb4f419,
  "@gov/review-workflow/client#ConditionValueInput": ConditionValueInput_51e1a4e944cfd9332d1b06c6ebb4f419,
  "@gov/review-workflow/client#ConditionRowLabel": ConditionRowLabel_51e1a4e944cfd9332d1b06c6ebb4f419,
  "@gov/review-workflow/client#ChecklistRowLabel": ChecklistRowLabel_51e1a4e944cfd9332d1b06c6ebb4f419,
  "@gov/review-workflow/client#StageRowLabel": StageRowLabel_51e1a4e944cfd9332d1b06c6ebb4f419,
  "@gov/review-workflow/client#CodeLabels": CodeLabels_51e1a4e944cfd9332d1b06c6ebb4f419,
  "@gov/review-workflow/client#LookupTitle": LookupTitle_51e1a4e944cfd9332d1b06c6ebb4f419,
  "@gov/review-workflow/client#StageNumber": StageNumber_51e1a4e944cfd9332d1b06c6ebb4f419,
  "@gov/review-workflow/rsc#AuditExportForm": AuditExportForm_30ecf247e3a3630988232822613f41df,
  "@gov/review-workflow/client#OpenLink": OpenLink_51e1a4e944cfd9332d1b06c6ebb4f419,
  "/components/AdminGraphics#AdminIcon": AdminIcon_9a1874b676b04705842f901c297a6dc9,
  "/components/AdminGraphics#AdminLogo": AdminLogo_9a1874b676b04705842f901c297a6dc9,
  "/components/DeadlinesView#DeadlinesNavLink": DeadlinesNavLink_1960d28ba973409b78dd4c47e1189bb5,
  "/components/SubmissionStatsView#SubmissionStatsNavLink": SubmissionStatsNavLink_0189079f1ad15a489ef55eda501c9739,
  "/components/InteractionDeadlinesView#InteractionDeadlinesNavLink": InteractionDeadlinesNavLink_e68aff74a38c1c41177d4576cbdefb1a,
  "/components/InteractionStatsView#InteractionStatsNavLink": InteractionStatsNavLink_c0222bfec77c3d758a946b896903a508,
  "@gov/review-workflow/rsc#PendingNavLink": PendingNavLink_30ecf247e3a3630988232822613f41df,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/Workbench#Workbench": Workbench_446c298c5ef536ab468a049e4d0d8239,
  "/components/DeadlinesView#DeadlinesView": DeadlinesView_1960d28ba973409b78dd4c47e1189bb5,
  "/components/SubmissionStatsView#SubmissionStatsView": SubmissionStatsView_0189079f1ad15a489ef55eda501c9739,
  "/components/ChangePasswordView#ChangePasswordView": ChangePasswordView_9111cdf15449dfc791762a35b5e3a950,
  "/components/ChangePasswordView#AccountGateView": AccountGateView_9111cdf15449dfc791762a35b5e3a950,
  "/components/InteractionDeadlinesView#InteractionDeadlinesView": InteractionDeadlinesView_e68aff74a38c1c41177d4576cbdefb1a,
  "/components/InteractionStatsView#InteractionStatsView": InteractionStatsView_c0222bfec77c3d758a946b896903a508,
  "@gov/review-workflow/rsc#PendingView": PendingView_30ecf247e3a3630988232822613f41df,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
