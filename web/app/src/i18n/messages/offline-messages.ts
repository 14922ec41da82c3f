// Messages of offline capture on the field pages (issue 23): the queue, its states and the data's as-of stamp. They
// load with the gate page, the cadre's visit form and queue, or the sign-out check (addZhCnMessages), not with the first scripts.
// The zh-CN object defines the keys; en is typed against it so both sets stay identical.

/** zh-CN messages of this feature. */
export const offlineZhCn = {
  'offline.pending': '待同步 {count}',
  'offline.offline': '离线',
  'offline.asOf': '数据截至 {time}',
  'offline.offlineNote': '当前没有网络：检查结果由本机按已缓存的规则判定，记录保存在本机，恢复网络后自动同步。',
  'offline.lookupOffline': '没有网络，无法查询：请按新登记人员填写',
  'offline.decidedOnDevice': '本机判定（未联网），已存入待同步',
  'offline.noKey': '本机没有加密密钥，无法离线保存：请在有网络时重新打开本页',
  'offline.queue': '本机记录',
  'offline.status.pending': '待同步',
  'offline.status.synced': '已同步',
  'offline.status.refused': '未被接受',
  'offline.status.unreadable': '无法发送',
  'offline.unreadable': '无法发送 {count}',
  'offline.unreadableItem': '无法解密的记录',
  'offline.unreadableWhy':
    '这条记录无法解密，永远无法发送：它在本机加密时用的密钥已不是您账号现在的密钥（服务器的数据被恢复或重置过），或本机保存的这条数据已损坏。重新登录、等待联网都不能恢复它；其他记录照常同步。',
  'offline.unreadableRedo.gate-check': '请联网后为 {time} 前后在本机检查的人员（本机判定：{outcome}）重新做入场检查，然后丢弃此条记录。',
  'offline.unreadableRedo.gate-check.noOutcome': '请联网后为 {time} 前后在本机检查的人员重新做入场检查，然后丢弃此条记录。',
  'offline.unreadableRedo.quarantine-check-in': '请联网后在隔离登记中为 {time} 前后打卡的人员重新打卡，然后丢弃此条记录。',
  'offline.unreadableRedo.visit': '请联网后重新填写 {time} 录入的这次走访，然后丢弃此条记录。',
  'offline.discard': '丢弃',
  'offline.discardConfirm': '丢弃这条无法发送的记录吗？丢弃后无法恢复，记录内容也不会发送到服务器。',
  'offline.syncedAs': '已同步：{outcome}',
  'offline.whatToDo': '请按提示处理后重新检查该人员，然后移除此条记录。',
  'offline.remove': '移除',
  'offline.syncNow': '立即同步',
  'offline.locked': '记录已加密，登录本人账号后可查看',
  'offline.storage': '本机存储已用 {used}',
  'offline.old': '有记录已在本机保存超过 {hours} 小时未同步，请尽快连接网络同步',
  'offline.fileProblems': '同时将带回协调的问题转为困难问题上报',
  'offline.visitQueued': '没有网络：走访记录已加密保存在本机，恢复网络后自动同步。',
  'offline.visitSynced': '已同步：走访记录已保存',
  'offline.visitFiled': '已同步：走访记录已保存，已上报困难问题 {count} 条',
  'offline.visitWhatToDo': '请按提示修改后重新记录这次走访，然后移除此条记录。',
  'offline.signOutWarning': '本机还有 {count} 条记录待同步。退出后记录仍加密保存在本机，需本人再次登录后才能同步。确定退出吗？',
} as const;

/** en messages of this feature. */
export const offlineEn: Record<keyof typeof offlineZhCn, string> = {
  'offline.pending': '{count} to sync',
  'offline.offline': 'Offline',
  'offline.asOf': 'Data as of {time}',
  'offline.offlineNote':
    'No connection: the phone decides with the rules it has cached, keeps the record and sends it when the connection returns.',
  'offline.lookupOffline': 'No connection, no look-up: fill in as a new worker',
  'offline.decidedOnDevice': 'Decided on this phone (offline); queued to sync',
  'offline.noKey': 'This phone has no encryption key and cannot keep the check offline: open this page again with a connection',
  'offline.queue': 'Records on this phone',
  'offline.status.pending': 'To sync',
  'offline.status.synced': 'Synced',
  'offline.status.refused': 'Not accepted',
  'offline.status.unreadable': 'Cannot be sent',
  'offline.unreadable': '{count} cannot be sent',
  'offline.unreadableItem': 'Unreadable record',
  'offline.unreadableWhy':
    "This record can never be decrypted or sent: the key it was encrypted with on this phone is no longer your account's key (the server's data was restored or reset), or the data this phone kept for it is damaged. Signing in again or waiting for signal will not bring it back; the other records sync as usual.",
  'offline.unreadableRedo.gate-check':
    'With signal, check again the worker you checked on this phone around {time} (decided on the phone: {outcome}), then discard this record.',
  'offline.unreadableRedo.gate-check.noOutcome':
    'With signal, check again the worker you checked on this phone around {time}, then discard this record.',
  'offline.unreadableRedo.quarantine-check-in':
    'With signal, record again in the quarantine register the check-in made around {time}, then discard this record.',
  'offline.unreadableRedo.visit': 'With signal, fill in again the visit recorded at {time}, then discard this record.',
  'offline.discard': 'Discard',
  'offline.discardConfirm': 'Discard this record that cannot be sent? It cannot be recovered, and nothing in it will reach the server.',
  'offline.syncedAs': 'Synced: {outcome}',
  'offline.whatToDo': 'Do as the message says, check the worker again, then remove this record.',
  'offline.remove': 'Remove',
  'offline.syncNow': 'Sync now',
  'offline.locked': 'Encrypted: sign in as its owner to read it',
  'offline.storage': 'Storage used on this phone: {used}',
  'offline.old': 'Records have waited on this phone for more than {hours} {hours|hour|hours}: connect and sync them soon',
  'offline.fileProblems': 'Also file the problems taken away as difficulty reports',
  'offline.visitQueued': 'No connection: the visit is kept encrypted on this phone and sent when the connection returns.',
  'offline.visitSynced': 'Synced: the visit is recorded',
  'offline.visitFiled': 'Synced: the visit is recorded and {count} difficulty reports filed',
  'offline.visitWhatToDo': 'Do as the message says, record the visit again, then remove this record.',
  'offline.signOutWarning':
    '{count} {count|record|records} on this phone {count|has|have} not been synced. They stay encrypted on the phone and sync only after you sign in again. Sign out?',
};
