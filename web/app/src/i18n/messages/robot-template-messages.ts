// Messages of the channels beside email in the template editor (group robot, SMS) (loaded with the email templates' chunk). The zh-CN object
// defines the keys; en is typed against it so both sets stay identical.

/** zh-CN messages of this feature. */
export const robotTemplateZhCn = {
  'robotTemplates.title': '群机器人消息',
  'robotTemplates.hint': '企业微信 / 钉钉群机器人发送的内容（轻量标记格式）；只能使用示例数据中的变量和系统提供的链接。',
  'robotTemplates.usingShipped': '正在使用系统默认版本',
  'robotTemplates.usingEdited': '正在使用修改后的版本（{when}）',
  'robotTemplates.preview': '预览群消息',
  'robotTemplates.previewStale': '消息内容或示例值在预览后又有修改，点击“预览群消息”查看最新效果。',
  'robotTemplates.saved': '已保存，之后发送的群消息将使用新版本。',
  'robotTemplates.reverted': '已恢复系统默认版本。',
  'robotTemplates.revert': '恢复默认',
  'smsTemplates.title': '短信',
  'smsTemplates.hint': '发送到手机的短信内容（纯文本）；只能使用示例数据中的变量。一条短信最多 70 个字（含签名），超出的不能保存。',
  'smsTemplates.usingShipped': '正在使用系统默认版本',
  'smsTemplates.usingEdited': '正在使用修改后的版本（{when}）',
  'smsTemplates.preview': '预览短信',
  'smsTemplates.previewStale': '短信内容或示例值在预览后又有修改，点击“预览短信”查看最新效果。',
  'smsTemplates.saved': '已保存，之后发送的短信将使用新版本。',
  'smsTemplates.reverted': '已恢复系统默认版本。',
  'smsTemplates.revert': '恢复默认',
  'smsTemplates.length': '按示例数据共 {length} 个字，上限 {budget} 个字（含签名）。',
  'smsTemplates.tooLong': '按示例数据共 {length} 个字，超过 {budget} 个字的上限（含签名），请删减后再保存。',
};

/** English messages of this feature. */
export const robotTemplateEn: Record<keyof typeof robotTemplateZhCn, string> = {
  'robotTemplates.title': 'Group-robot message (markdown)',
  'robotTemplates.hint':
    'What WeCom / DingTalk group robots post (markdown); only the sample data’s variables and the links Fugong provides may be used.',
  'robotTemplates.usingShipped': 'The shipped version is in use',
  'robotTemplates.usingEdited': 'The edited version is in use ({when})',
  'robotTemplates.preview': 'Preview the group message',
  'robotTemplates.previewStale':
    'The message or sample values changed after this preview; choose “Preview the group message” to see the latest.',
  'robotTemplates.saved': 'Saved. Group messages sent from now on use the new version.',
  'robotTemplates.reverted': 'The shipped version applies again.',
  'robotTemplates.revert': 'Revert to shipped',
  'smsTemplates.title': 'SMS',
  'smsTemplates.hint':
    'The text sent to mobiles (plain text); only the sample data’s variables may be used. One SMS holds 70 characters including the signature; a longer text cannot be saved.',
  'smsTemplates.usingShipped': 'The shipped version is in use',
  'smsTemplates.usingEdited': 'The edited version is in use ({when})',
  'smsTemplates.preview': 'Preview the SMS',
  'smsTemplates.previewStale': 'The text or sample values changed after this preview; choose “Preview the SMS” to see the latest.',
  'smsTemplates.saved': 'Saved. Texts sent from now on use the new version.',
  'smsTemplates.reverted': 'The shipped version applies again.',
  'smsTemplates.revert': 'Revert to shipped',
  'smsTemplates.length': 'With the sample data: {length} {length|character|characters} of {budget} (signature included).',
  'smsTemplates.tooLong':
    'With the sample data: {length} {length|character|characters}, over the limit of {budget} (signature included); shorten it before saving.',
};
