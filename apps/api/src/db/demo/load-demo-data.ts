import { FigureInputSchema } from '@partrack/contracts';
import { hashPassword } from '../../lib/passwords';
import { createDirectivesRepository } from '../../modules/directives/directives.repository';
import { createInspectionsRepository } from '../../modules/inspections/inspections.repository';
import { createUnitsRepository } from '../../modules/units/units.repository';
import { createUsersRepository } from '../../modules/users/users.repository';
import type { Db } from '../database';
import { demoInspections } from './demo-inspections';
import { demoSuccessions, demoUnits } from './demo-units';
import { DEMO_PASSWORD, demoUsers } from './demo-users';

/**
 * Loads the demo data of the five source reports into an empty database, in one transaction.
 * Returns false, touching nothing, when the database already holds units.
 */
export async function loadDemoData(db: Db): Promise<boolean> {
  if ((await createUnitsRepository(db).count()) > 0) return false;
  // Hashed before the transaction: PGlite is one connection, so keep it short.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const units = createUnitsRepository(tx);
    // Checked again inside: on PostgreSQL another instance may have loaded it meanwhile.
    if ((await units.count()) > 0) return false;
    const idByKey = new Map<string, string>();
    for (const { key, parent, ...unit } of demoUnits) {
      const parentId = parent ? idByKey.get(parent) : null;
      if (parentId === undefined) throw new Error(`Demo unit ${key} names unknown parent ${parent}`);
      const row = await units.insert({ ...unit, parentId });
      idByKey.set(key, row.id);
    }
    for (const { predecessor, successor, ...rest } of demoSuccessions) {
      const predecessorId = idByKey.get(predecessor);
      const successorId = idByKey.get(successor);
      if (!predecessorId || !successorId) throw new Error(`Demo succession ${predecessor} → ${successor} is unknown`);
      await units.insertSuccession({ predecessorId, successorId, ...rest });
    }
    const users = createUsersRepository(tx);
    for (const { unit, ...user } of demoUsers) {
      const unitId = unit ? idByKey.get(unit) : null;
      if (unitId === undefined) throw new Error(`Demo user ${user.username} names unknown unit ${unit}`);
      // One hash for all: every demo account has the same published password.
      await users.insert({ ...user, unitId, passwordHash });
    }
    const staff = await users.findByUsername('noivu');
    const inspections = createInspectionsRepository(tx);
    const directives = createDirectivesRepository(tx);
    const unitIdOf = (key: string) => {
      const id = idByKey.get(key);
      if (!id) throw new Error(`Demo inspection names unknown unit ${key}`);
      return id;
    };
    for (const demo of demoInspections) {
      const unitId = unitIdOf(demo.unit);
      const { id: inspectionId } = await inspections.insert(
        {
          ...demo,
          unitId,
          sites: demo.sites.map((site) => ({ unitId: unitIdOf(site.unit), place: site.place })),
          figures: demo.figures.map(({ unit, ...figure }) =>
            FigureInputSchema.parse({ ...figure, unitId: unit ? unitIdOf(unit) : unitId }),
          ),
          directives: demo.directives.map(({ lead, completedOn, ...directive }) => ({
            ...directive,
            leadUnitId: unitIdOf(lead ?? demo.unit),
            coordinatingUnitIds: [],
          })),
        },
        staff?.id ?? null,
      );
      // Completions stand for answers already accepted (issue 5 brings the answering itself).
      const ids = await inspections.directiveIdsOf(inspectionId);
      for (const [index, directive] of demo.directives.entries()) {
        const id = ids[index];
        if (id && directive.completedOn) {
          await directives.setDates(id, { reportedDoneOn: directive.completedOn, completedOn: directive.completedOn });
        }
      }
    }
    return true;
  });
}
