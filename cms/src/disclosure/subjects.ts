/**
 * 主题分类, shaped like the State Council's subject classification of government documents
 * (国务院公文主题分类, as used by the 中国政府网 policy library): level-one subjects and, for the
 * ones a county uses most, level-two subjects.
 *
 * A constant select list, not a collection: it is a national classification that a local body
 * does not edit; a select stores a stable code that needs no join in the portal export, and a
 * change of the national list arrives with a release (and a migration of the option enum).
 */
type Subject = { code: string; name: string; children?: { code: string; name: string }[] }

export const SUBJECTS: Subject[] = [
  { code: '01', name: '国务院组织机构' },
  {
    code: '02',
    name: '综合政务',
    children: [
      { code: '0201', name: '应急管理' },
      { code: '0202', name: '电子政务' },
      { code: '0203', name: '政务公开' },
      { code: '0204', name: '政务督查' },
      { code: '0205', name: '信访' },
      { code: '0299', name: '其他' },
    ],
  },
  { code: '03', name: '国民经济管理、国有资产监管' },
  {
    code: '04',
    name: '财政、金融、审计',
    children: [
      { code: '0401', name: '财政' },
      { code: '0402', name: '金融' },
      { code: '0403', name: '审计' },
    ],
  },
  { code: '05', name: '国土资源、能源' },
  {
    code: '06',
    name: '农业、林业、水利',
    children: [
      { code: '0601', name: '农业、畜牧业、渔业' },
      { code: '0602', name: '林业' },
      { code: '0603', name: '水利' },
    ],
  },
  { code: '07', name: '工业、交通' },
  { code: '08', name: '商贸、海关、旅游' },
  { code: '09', name: '市场监管、安全生产监管' },
  {
    code: '10',
    name: '城乡建设、环境保护',
    children: [
      { code: '1001', name: '城市规划' },
      { code: '1002', name: '城乡建设（含住房）' },
      { code: '1003', name: '环境监测、保护与治理' },
    ],
  },
  {
    code: '11',
    name: '科技、教育',
    children: [
      { code: '1101', name: '科技' },
      { code: '1102', name: '教育' },
    ],
  },
  { code: '12', name: '文化、广电、新闻出版' },
  {
    code: '13',
    name: '卫生、体育',
    children: [
      { code: '1301', name: '卫生' },
      { code: '1302', name: '体育' },
    ],
  },
  { code: '14', name: '人口与计划生育、妇女儿童工作' },
  {
    code: '15',
    name: '劳动、人事、监察',
    children: [
      { code: '1501', name: '劳动就业' },
      { code: '1502', name: '社会保障' },
      { code: '1503', name: '人事工作' },
    ],
  },
  { code: '16', name: '公安、安全、司法' },
  {
    code: '17',
    name: '民政、扶贫、救灾',
    children: [
      { code: '1701', name: '民政' },
      { code: '1702', name: '扶贫' },
      { code: '1703', name: '救灾' },
    ],
  },
  { code: '18', name: '民族、宗教' },
  { code: '19', name: '对外事务' },
  { code: '20', name: '港澳台侨工作' },
  { code: '21', name: '国防' },
  { code: '99', name: '其他' },
]

/** Flat options: level-one names, level-two as “上级 / 下级”. Values are the codes. */
export const SUBJECT_OPTIONS = SUBJECTS.flatMap((s) => [
  { value: `s${s.code}`, label: s.name },
  ...(s.children ?? []).map((c) => ({ value: `s${c.code}`, label: `${s.name} / ${c.name}` })),
])

export const subjectLabel = (value: string | null | undefined): string | undefined =>
  SUBJECT_OPTIONS.find((o) => o.value === value)?.label
