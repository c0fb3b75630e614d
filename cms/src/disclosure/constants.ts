/** 公开属性: only 主动公开 reaches the portal. */
export const DISCLOSURE_MODES = [
  { value: 'proactive', label: { zh: '主动公开', en: 'Proactive' } },
  { value: 'onRequest', label: { zh: '依申请公开', en: 'On request' } },
  { value: 'withheld', label: { zh: '不予公开', en: 'Not disclosed' } },
]

/** 有效性. */
export const VALIDITY = [
  { value: 'valid', label: { zh: '有效', en: 'In force' } },
  { value: 'expired', label: { zh: '失效', en: 'Expired' } },
  { value: 'repealed', label: { zh: '废止', en: 'Repealed' } },
  { value: 'amended', label: { zh: '已修改', en: 'Amended' } },
]

/** 公开渠道 of catalog items. */
export const CHANNELS = [
  { value: 'website', label: { zh: '政府网站', en: 'Government website' } },
  { value: 'gazette', label: { zh: '政府公报', en: 'Government gazette' } },
  { value: 'weibo', label: { zh: '政务微博', en: 'Weibo' } },
  { value: 'wechat', label: { zh: '政务微信', en: 'WeChat' } },
  { value: 'app', label: { zh: '政务客户端', en: 'Mobile app' } },
  { value: 'readingPoint', label: { zh: '公开查阅点', en: 'Public reading point' } },
  { value: 'pressConference', label: { zh: '新闻发布会', en: 'Press conference' } },
  { value: 'media', label: { zh: '广播电视、报刊', en: 'Broadcast and press' } },
  { value: 'noticeBoard', label: { zh: '公开栏、电子屏', en: 'Notice boards' } },
]

/** 解读形式. */
export const INTERPRETATION_FORMS = [
  { value: 'text', label: { zh: '文字解读', en: 'Text' } },
  { value: 'graphic', label: { zh: '图解', en: 'Graphic' } },
  { value: 'video', label: { zh: '视频解读', en: 'Video' } },
  { value: 'qa', label: { zh: '问答', en: 'Q&A' } },
  { value: 'expert', label: { zh: '专家解读', en: 'Expert' } },
  { value: 'pressConference', label: { zh: '新闻发布会', en: 'Press conference' } },
]

export const dateOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy年M月d日' } }
