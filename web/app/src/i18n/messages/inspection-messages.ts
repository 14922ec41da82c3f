// Messages of the inspection bodies section of the settings page (P2's three-level inspection); loaded with that page.
// The zh-CN object defines the keys; en is typed against it so both sets stay identical.

/** zh-CN messages of this feature. */
export const inspectionZhCn = {
  'inspection.title': '复工核查机构',
  'inspection.intro':
    '企业自查后，由镇（街道）检查组、复工联合检查组、行业主管部门三级依次核查。每个机构的成员在待办中办理本级核查；成员须为专班角色的账号。',
  'inspection.noMembers': '尚无成员',
  'inspection.bodiesHeading': '现有机构及成员',
  'inspection.memberHeading': '把账号加入机构',
  'inspection.bodyHeading': '新增核查机构',
  'inspection.members': '{body}：{names}',
  'inspection.nameSeparator': '、',
  'inspection.member': '成员',
  'inspection.chooseMember': '请选择账号',
  'inspection.memberHint': '选择后，该账号改为所选机构的成员。',
  'inspection.body': '核查机构',
  'inspection.chooseBody': '请选择机构',
  'inspection.addMember': '加入机构',
  'inspection.memberAdded': '已加入机构。',
  'inspection.nameZh': '机构名称（中文）',
  'inspection.nameEn': '机构名称（英文）',
  'inspection.addBody': '新增机构',
  'inspection.bodyAdded': '已新增机构：{name}',
} as const;

/** en messages of this feature. */
export const inspectionEn: Record<keyof typeof inspectionZhCn, string> = {
  'inspection.title': 'Readiness inspection bodies',
  'inspection.intro':
    'After the enterprise’s self-check, the town/street team, the joint inspection team and the industry regulator inspect in turn. Each body’s members decide its level from their inbox; members are special-class accounts.',
  'inspection.noMembers': 'No members yet',
  'inspection.bodiesHeading': 'Bodies and their members',
  'inspection.memberHeading': 'Add an account to a body',
  'inspection.bodyHeading': 'Add an inspection body',
  'inspection.members': '{body}: {names}',
  'inspection.nameSeparator': ', ',
  'inspection.member': 'Member',
  'inspection.chooseMember': 'Choose an account',
  'inspection.memberHint': 'The account becomes a member of the chosen body.',
  'inspection.body': 'Inspection body',
  'inspection.chooseBody': 'Choose a body',
  'inspection.addMember': 'Add to body',
  'inspection.memberAdded': 'Added to the body.',
  'inspection.nameZh': 'Name (Chinese)',
  'inspection.nameEn': 'Name (English)',
  'inspection.addBody': 'Add body',
  'inspection.bodyAdded': 'Added: {name}',
};
