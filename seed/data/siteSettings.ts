/**
 * Footer identity of the demo site. These codes are illustrative placeholders for the demo
 * county, not real registrations: an administrator replaces them under 网站设置.
 */
export const siteSettings = {
  siteName: '示范县人民政府门户网站',
  siteDomain: 'www.shifan.gov.cn',
  host: '示范县人民政府办公室',
  operator: '示范县电子政务中心',
  siteIdCode: '3500000000',
  icpRecord: '示ICP备00000000号',
  psbRecord: '示公网安备 00000000000000号',
  psbRecordLink: 'https://www.beian.gov.cn/portal/registerSystemInfo',
  errorReportUrl: 'https://zfwzgl.www.gov.cn/exposure/jiucuo.html',
  contact: {
    address: '示范县人民路1号',
    postcode: '350000',
    phone: '0591-12345678',
    email: 'webmaster@shifan.gov.cn',
  },
}
