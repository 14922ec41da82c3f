// Messages of the group-robot channel in the template editor (loaded with the email templates' chunk). The zh-CN object
// defines the keys; en is typed against it so both sets stay identical.

/** zh-CN messages of this feature. */
export const robotTemplateZhCn = {
  'robotTemplates.title': '群机器人消息',
  'robotTemplates.hint': '企业微信 / 钉钉群机器人发送的内容（轻量标记格式）；只能使用示例数据中的变量和系统提供的链接。',
  'robotTemplates.usingShipped': '正在使用系统默认版本',
  'robotTemplates.usingEdited': '正在使用修改后的版本（{when}）',
  'robotTemplates.preview': '预览群消息',
  'robotTemplates.saved': '已保存，之后发送的群消息将使用新版本。',
  'robotTemplates.reverted': '已恢复系统默认版本。',
  'robotTemplates.revert': '恢复默认',
};

/** English messages of this feature. */
export const robotTemplateEn: Record<keyof typeof robotTemplateZhCn, string> = {
  'robotTemplates.title': 'Group-robot message (markdown)',
  'robotTemplates.hint':
    'What WeCom / DingTalk group robots post (markdown); only the sample data’s variables and the links Fugong provides may be used.',
  'robotTemplates.usingShipped': 'The shipped version is in use',
  'robotTemplates.usingEdited': 'The edited version is in use ({when})',
  'robotTemplates.preview': 'Preview the group message',
  'robotTemplates.saved': 'Saved. Group messages sent from now on use the new version.',
  'robotTemplates.reverted': 'The shipped version applies again.',
  'robotTemplates.revert': 'Revert to shipped',
};
