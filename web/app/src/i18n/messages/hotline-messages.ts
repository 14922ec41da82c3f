// Messages of the hotline page.
// The zh-CN object defines the keys; en is typed against it so both sets stay identical.

/** zh-CN messages of this feature. */
export const hotlineZhCn = {
  'hotline.title': '服务热线来电记录',
  'hotline.intro':
    '接听企业服务专线时登记来电；企业反映的困难可一键转为该企业的困难问题，标注“电话反映”，按同一流程从包挂干部开始办理，并邮件告知企业联络员。',
  'hotline.newCall': '登记来电',
  'hotline.callerName': '来电人',
  'hotline.callerMobile': '来电号码',
  'hotline.enterprise': '所涉企业',
  'hotline.choose': '请选择',
  'hotline.problem': '反映的问题',
  'hotline.save': '保存来电',
  'hotline.saved': '来电已登记。',
  'hotline.filed': '已转为困难问题，已进入包挂干部待办。',
  'hotline.empty': '还没有来电记录。接到来电后在上方登记。',
  'hotline.emptyReadOnly': '还没有来电记录。企业服务专班和防控指挥部接听来电后会在这里登记，您可以在此查看。',
  'hotline.caption': '来电记录（最新在前）',
  'hotline.col.time': '来电时间',
  'hotline.col.caller': '来电人',
  'hotline.col.enterprise': '企业',
  'hotline.col.problem': '反映的问题',
  'hotline.col.taker': '接听人',
  'hotline.col.report': '困难问题',
  'hotline.file': '转为困难问题',
  'hotline.filing': '正在转办…',
  'hotline.notFiled': '未转办',
  'hotline.viewCase': '查看事项',
  'hotline.newer': '较新的记录',
  'hotline.older': '较早的记录',
};

/** en messages of this feature. */
export const hotlineEn: Record<keyof typeof hotlineZhCn, string> = {
  'hotline.title': 'Hotline calls',
  'hotline.intro':
    "Log each call to the enterprise service line; a difficulty a caller reports becomes the enterprise's difficulty report in one click, marked as by phone, handled from its cadre onwards like any other, and its liaison is told by email.",
  'hotline.newCall': 'Log a call',
  'hotline.callerName': 'Caller',
  'hotline.callerMobile': 'Caller’s number',
  'hotline.enterprise': 'Enterprise concerned',
  'hotline.choose': 'Choose',
  'hotline.problem': 'Problem reported',
  'hotline.save': 'Save the call',
  'hotline.saved': 'The call is logged.',
  'hotline.filed': "Filed as a difficulty report; it is in the cadre's inbox.",
  'hotline.empty': 'No calls logged yet. Log a call above when one comes in.',
  'hotline.emptyReadOnly':
    'No calls logged yet. The enterprise service class and the prevention and control HQ log the calls they answer here, where you can read them.',
  'hotline.caption': 'Calls (newest first)',
  'hotline.col.time': 'Received',
  'hotline.col.caller': 'Caller',
  'hotline.col.enterprise': 'Enterprise',
  'hotline.col.problem': 'Problem reported',
  'hotline.col.taker': 'Answered by',
  'hotline.col.report': 'Difficulty report',
  'hotline.file': 'File as a difficulty report',
  'hotline.filing': 'Filing…',
  'hotline.notFiled': 'Not filed',
  'hotline.viewCase': 'Open the case',
  'hotline.newer': 'Newer calls',
  'hotline.older': 'Older calls',
};
