// Messages of the notification settings on the account page (loaded with its chunk, not with the first scripts).
// The zh-CN object defines the keys; en is typed against it so both sets stay identical.

/** zh-CN messages of this feature. */
export const prefsZhCn = {
  'prefs.title': '通知设置',
  'prefs.intro': '选择各类通知通过哪些渠道发给您。紧急预警即使未勾选短信，也会以短信发送，除非您在此明确关闭。',
  'prefs.kind': '通知类别',
  'prefs.channel.email': '电子邮件',
  'prefs.channel.sms': '短信',
  'prefs.class.alerts': '紧急预警（超时督办、隔离与监测预警）',
  'prefs.class.tasks': '待办与每日汇总',
  'prefs.class.reminders': '报送提醒与逾期通知',
  'prefs.class.case-updates': '案件进展',
  'prefs.class.bulletins': '通报与公示',
  'prefs.locked': '按您的角色必须接收',
  'prefs.quietHours': '免打扰时段',
  'prefs.quietIntro': '免打扰时段内的非紧急通知不会丢弃，而是在时段结束时发出。',
  'prefs.quietOn': '启用免打扰',
  'prefs.from': '从',
  'prefs.to': '至',
  'prefs.save': '保存通知设置',
  'prefs.saving': '正在保存…',
  'prefs.saved': '通知设置已保存。',
} as const;

/** en messages of this feature. */
export const prefsEn: Record<keyof typeof prefsZhCn, string> = {
  'prefs.title': 'Notifications',
  'prefs.intro':
    'Choose the channels each kind of notice reaches you by. Urgent alerts go by SMS even when unticked, unless you turned them off here.',
  'prefs.kind': 'Kind of notice',
  'prefs.channel.email': 'Email',
  'prefs.channel.sms': 'SMS',
  'prefs.class.alerts': 'Urgent alerts (overdue cases, quarantine and monitoring alerts)',
  'prefs.class.tasks': 'Tasks and the daily digest',
  'prefs.class.reminders': 'Report reminders and overdue notices',
  'prefs.class.case-updates': 'Case updates',
  'prefs.class.bulletins': 'Bulletins and publicity',
  'prefs.locked': 'Your role always receives this',
  'prefs.quietHours': 'Quiet hours',
  'prefs.quietIntro': 'Notices that are not urgent are not dropped in quiet hours; they are sent when the quiet hours end.',
  'prefs.quietOn': 'Quiet hours on',
  'prefs.from': 'From',
  'prefs.to': 'to',
  'prefs.save': 'Save notification settings',
  'prefs.saving': 'Saving…',
  'prefs.saved': 'Notification settings saved.',
};
