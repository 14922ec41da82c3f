// The kinds of organisation unit and the inspection bodies seeded for P2, apart from org-types.ts: only the server reads
// them (reference data, the demo seed, the org route) besides the admin's parameter editor, so the browser's shared chunk
// does not carry them.

/** Kinds of organisation unit: a working group of the service class, or an inspection body of P2's levels. */
export const ORG_UNIT_KINDS = ['service', 'inspection'] as const;
/** An organisation unit's kind. */
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/**
 * The inspection bodies of seed 003's three-level inspection (三级检查), which the readiness ladder names level by level:
 * the town/street team, the joint team of the city's departments, the industry regulator. Admins add more.
 */
export const INSPECTION_BODIES = [
  { key: 'town-inspection', nameZh: '镇（街道）检查组', nameEn: 'Town/street inspection team' },
  { key: 'joint-inspection', nameZh: '复工联合检查组', nameEn: 'Joint inspection team' },
  { key: 'industry-regulator', nameZh: '行业主管部门', nameEn: 'Industry regulator' },
] as const;
