import { chinaDay } from '../calendar/chinaCalendar'

type Feedback = { feedbackDue?: string | null; feedbackAt?: string | null }

/** Feedback is late once the China-local day of the deadline has passed; fed back that day is on time. */
export function isFeedbackLate({ feedbackDue, feedbackAt }: Feedback, now = new Date()): boolean {
  if (!feedbackDue) return false
  return chinaDay(feedbackAt ?? now) > chinaDay(feedbackDue)
}

/** What the office sees of a leader instruction's feedback: late feedback stays marked as late. */
export function feedbackStatus(feedback: Feedback, now = new Date()): '已反馈' | '逾期反馈' | '待反馈' | '逾期未反馈' {
  const late = isFeedbackLate(feedback, now)
  if (feedback.feedbackAt) return late ? '逾期反馈' : '已反馈'
  return late ? '逾期未反馈' : '待反馈'
}
