import * as migration_20261126_230435_initial from './20261126_230435_initial';
import * as migration_20261126_232209_review_workflow from './20261126_232209_review_workflow';
import * as migration_20261126_232403_schedule_publish from './20261126_232403_schedule_publish';
import * as migration_20261126_234435_notifications_reminders from './20261126_234435_notifications_reminders';
import * as migration_20261127_000944_publish_pipeline from './20261127_000944_publish_pipeline';
import * as migration_20261127_002125_site_identity_mark from './20261127_002125_site_identity_mark';
import * as migration_20261127_005227_media_avif_variant from './20261127_005227_media_avif_variant';
import * as migration_20261127_010142_article_expiry from './20261127_010142_article_expiry';
import * as migration_20261127_014643_disclosure from './20261127_014643_disclosure';
import * as migration_20261127_020658_stage_due_note from './20261127_020658_stage_due_note';
import * as migration_20261127_020933_annual_report_names from './20261127_020933_annual_report_names';
import * as migration_20261127_022156_disclosure_guide from './20261127_022156_disclosure_guide';
import * as migration_20261127_044607_submission_line from './20261127_044607_submission_line';
import * as migration_20261127_052112_monthly_bulletin_task from './20261127_052112_monthly_bulletin_task';
import * as migration_20261201_011802_security_guarantees from './20261201_011802_security_guarantees';
import * as migration_20261201_031714_interaction from './20261201_031714_interaction';
import * as migration_20261201_063006_content_safety_inspection from './20261201_063006_content_safety_inspection';
import * as migration_20261201_101637_conac_mark_image from './20261201_101637_conac_mark_image';
import * as migration_20261201_104554_journal_colophon_lines from './20261201_104554_journal_colophon_lines';
import * as migration_20261201_111044_office_submission_settings from './20261201_111044_office_submission_settings';
import * as migration_20261202_135418_media_storage_fields from './20261202_135418_media_storage_fields';
import * as migration_20261202_142220_review_pending_signer_index from './20261202_142220_review_pending_signer_index';
import * as migration_20261202_151020_forms from './20261202_151020_forms';

export const migrations = [
  {
    up: migration_20261126_230435_initial.up,
    down: migration_20261126_230435_initial.down,
    name: '20261126_230435_initial',
  },
  {
    up: migration_20261126_232209_review_workflow.up,
    down: migration_20261126_232209_review_workflow.down,
    name: '20261126_232209_review_workflow',
  },
  {
    up: migration_20261126_232403_schedule_publish.up,
    down: migration_20261126_232403_schedule_publish.down,
    name: '20261126_232403_schedule_publish',
  },
  {
    up: migration_20261126_234435_notifications_reminders.up,
    down: migration_20261126_234435_notifications_reminders.down,
    name: '20261126_234435_notifications_reminders',
  },
  {
    up: migration_20261127_000944_publish_pipeline.up,
    down: migration_20261127_000944_publish_pipeline.down,
    name: '20261127_000944_publish_pipeline',
  },
  {
    up: migration_20261127_002125_site_identity_mark.up,
    down: migration_20261127_002125_site_identity_mark.down,
    name: '20261127_002125_site_identity_mark',
  },
  {
    up: migration_20261127_005227_media_avif_variant.up,
    down: migration_20261127_005227_media_avif_variant.down,
    name: '20261127_005227_media_avif_variant',
  },
  {
    up: migration_20261127_010142_article_expiry.up,
    down: migration_20261127_010142_article_expiry.down,
    name: '20261127_010142_article_expiry',
  },
  {
    up: migration_20261127_014643_disclosure.up,
    down: migration_20261127_014643_disclosure.down,
    name: '20261127_014643_disclosure',
  },
  {
    up: migration_20261127_020658_stage_due_note.up,
    down: migration_20261127_020658_stage_due_note.down,
    name: '20261127_020658_stage_due_note',
  },
  {
    up: migration_20261127_020933_annual_report_names.up,
    down: migration_20261127_020933_annual_report_names.down,
    name: '20261127_020933_annual_report_names',
  },
  {
    up: migration_20261127_022156_disclosure_guide.up,
    down: migration_20261127_022156_disclosure_guide.down,
    name: '20261127_022156_disclosure_guide',
  },
  {
    up: migration_20261127_044607_submission_line.up,
    down: migration_20261127_044607_submission_line.down,
    name: '20261127_044607_submission_line',
  },
  {
    up: migration_20261127_052112_monthly_bulletin_task.up,
    down: migration_20261127_052112_monthly_bulletin_task.down,
    name: '20261127_052112_monthly_bulletin_task',
  },
  {
    up: migration_20261201_011802_security_guarantees.up,
    down: migration_20261201_011802_security_guarantees.down,
    name: '20261201_011802_security_guarantees',
  },
  {
    up: migration_20261201_031714_interaction.up,
    down: migration_20261201_031714_interaction.down,
    name: '20261201_031714_interaction',
  },
  {
    up: migration_20261201_063006_content_safety_inspection.up,
    down: migration_20261201_063006_content_safety_inspection.down,
    name: '20261201_063006_content_safety_inspection',
  },
  {
    up: migration_20261201_101637_conac_mark_image.up,
    down: migration_20261201_101637_conac_mark_image.down,
    name: '20261201_101637_conac_mark_image',
  },
  {
    up: migration_20261201_104554_journal_colophon_lines.up,
    down: migration_20261201_104554_journal_colophon_lines.down,
    name: '20261201_104554_journal_colophon_lines',
  },
  {
    up: migration_20261201_111044_office_submission_settings.up,
    down: migration_20261201_111044_office_submission_settings.down,
    name: '20261201_111044_office_submission_settings',
  },
  {
    up: migration_20261202_135418_media_storage_fields.up,
    down: migration_20261202_135418_media_storage_fields.down,
    name: '20261202_135418_media_storage_fields',
  },
  {
    up: migration_20261202_142220_review_pending_signer_index.up,
    down: migration_20261202_142220_review_pending_signer_index.down,
    name: '20261202_142220_review_pending_signer_index',
  },
  {
    up: migration_20261202_151020_forms.up,
    down: migration_20261202_151020_forms.down,
    name: '20261202_151020_forms'
  },
];
