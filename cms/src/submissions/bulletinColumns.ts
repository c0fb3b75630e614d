/** Columns of a bulletin's ranking, shared by the admin table, the .docx, Excel and the portal. */
export type BulletinRow = {
  rank: number
  unit: string
  submitted: number
  adopted: number
  adoptionRate: string
  score: number
  quotaMissedMonths: number
  commissionsMissed: number
  instructions: number
}

export const BULLETIN_COLUMNS: { key: keyof BulletinRow; label: string }[] = [
  { key: 'rank', label: '名次' },
  { key: 'unit', label: '单位' },
  { key: 'submitted', label: '报送' },
  { key: 'adopted', label: '采用' },
  { key: 'adoptionRate', label: '采用率' },
  { key: 'score', label: '得分' },
  { key: 'quotaMissedMonths', label: '未完成月度任务（月）' },
  { key: 'commissionsMissed', label: '约稿未报' },
  { key: 'instructions', label: '领导批示' },
]
