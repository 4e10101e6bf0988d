/**
 * One administrative unit of the province by its code, as `GET /units/{code}` answers it: read
 * from the unit tree (`GET /units`), so that both backends give the same unit from the same tree.
 * No React, no MSW.
 */
import type { components } from '../api/schema';

type UnitTree = components['schemas']['UnitTree'];
export type Unit = components['schemas']['Unit'];
type UnitRef = components['schemas']['UnitRef'];

const ref = <L extends Unit['level']>(
  unit: { code: string; name: string },
  level: L,
): UnitRef & { level: L } => ({
  code: unit.code,
  name: unit.name,
  level,
});

/**
 * The province, a district or a commune with its parent and children (in the tree's order); null
 * for a code that names none of them (a provincial body of `organisations` included).
 */
export function unitOf(tree: UnitTree, code: string): Unit | null {
  const province = ref(tree.province, 'province');
  if (code === tree.province.code) {
    return {
      ...province,
      kind: null,
      parent: null,
      children: tree.districts.map((d) => ref(d, 'district')),
    };
  }
  for (const d of tree.districts) {
    if (d.code === code) {
      return {
        ...ref(d, 'district'),
        kind: d.kind,
        parent: province,
        children: d.communes.map((c) => ref(c, 'commune')),
      };
    }
    const c = d.communes.find((x) => x.code === code);
    if (c) return { ...ref(c, 'commune'), kind: c.kind, parent: ref(d, 'district'), children: [] };
  }
  return null;
}
