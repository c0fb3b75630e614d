import type { SeedUnit } from './types'

export const units: SeedUnit[] = [
  // The chain a county item can be forwarded up (转报): county office → city → province → State Council office.
  { key: 'state', name: '国务院', code: '11100000000013127A', kind: 'government', level: 'national', infoOffice: 'state-office', order: -5 },
  { key: 'state-office', name: '国务院办公厅', shortName: '国办', code: '11100000000013135B', parent: 'state', kind: 'department', level: 'national', order: -4 },
  { key: 'province', name: '示范省人民政府', shortName: '省政府', code: '11350000MB0000000P', parent: 'state', kind: 'government', level: 'province', infoOffice: 'province-office', order: -3 },
  { key: 'province-office', name: '示范省人民政府办公厅', shortName: '省政府办公厅', code: '11350000MB0000001Q', parent: 'province', kind: 'department', level: 'province', order: -2 },
  { key: 'city', name: '示范市人民政府', shortName: '市政府', code: '11350000MB0000000Z', parent: 'province', kind: 'government', level: 'city', infoOffice: 'city-office', order: 0 },
  { key: 'city-office', name: '示范市人民政府办公室', shortName: '市政府办', code: '11350000MB0000002R', parent: 'city', kind: 'department', level: 'city', order: 0 },
  { key: 'gov', name: '示范县人民政府', shortName: '县政府', code: '11350100MB0000001A', parent: 'city', kind: 'government', infoOffice: 'office', order: 1 },
  { key: 'office', name: '县政府办公室', shortName: '县政府办', code: '11350100MB0000002B', parent: 'gov', kind: 'department', order: 2 },
  { key: 'egov', name: '县电子政务中心', shortName: '电子政务中心', code: '11350100MB0000003C', parent: 'office', kind: 'department', order: 3 },
  { key: 'propaganda', name: '县委宣传部', shortName: '宣传部', code: '11350100MB0000004D', parent: 'gov', kind: 'department', order: 4 },
  { key: 'education', name: '县教育局', shortName: '教育局', code: '11350100MB0000005E', parent: 'gov', kind: 'department', order: 5 },
  { key: 'health', name: '县卫生健康委员会', shortName: '卫健委', code: '11350100MB0000006F', parent: 'gov', kind: 'department', order: 6 },
  { key: 'agriculture', name: '县农业农村局', shortName: '农业农村局', code: '11350100MB0000007G', parent: 'gov', kind: 'department', order: 7 },
  { key: 'data', name: '县政务服务数据管理局', shortName: '数据局', code: '11350100MB0000008H', parent: 'gov', kind: 'department', order: 8 },
  { key: 'finance', name: '县财政局', shortName: '财政局', code: '11350100MB0000009J', parent: 'gov', kind: 'department', order: 9 },
  { key: 'housing', name: '县住房和城乡建设局', shortName: '住建局', code: '11350100MB0000010K', parent: 'gov', kind: 'department', order: 10 },
  { key: 'town', name: '城关镇人民政府', shortName: '城关镇', code: '11350100MB0000011L', parent: 'gov', kind: 'government', level: 'township', order: 11 },
  { key: 'office-info', name: '县政府办公室信息科', shortName: '信息科', code: '11350100MB0000012M', parent: 'office', kind: 'section', order: 12 },
]
