import { createUsersRepository } from '../modules/users/users.repository';
import type { TestContext } from './test-app';

/** Signs an access token for a user as the server would, reading their current session version. */
export async function tokenFor({ app, database }: TestContext, username: string): Promise<string> {
  const user = await createUsersRepository(database.db).findByUsername(username);
  if (!user) throw new Error(`No user ${username} in the test database`);
  return app.jwt.sign({ sub: user.id, sv: user.sessionVersion });
}

export async function authHeaders(context: TestContext, username: string): Promise<{ authorization: string }> {
  return { authorization: `Bearer ${await tokenFor(context, username)}` };
}

/** The `name=value` of a Set-Cookie header, ready to send back in a Cookie header. */
export function cookiePair(setCookie: string | string[] | undefined, name: string): string | undefined {
  const headers = [setCookie ?? []].flat();
  const header = headers.find((value) => value.startsWith(`${name}=`));
  return header?.split(';')[0];
}
