import { DirectiveListSchema } from '@partrack/contracts';
import { authHeaders } from './auth';
import type { TestContext } from './test-app';

/** The first open directive `username` sees: the demo data gives each unit officer's unit some. */
export async function openDirectiveOf(ctx: TestContext, username: string) {
  const response = await ctx.app.inject({
    method: 'GET',
    url: '/api/v1/directives?stage=open',
    headers: await authHeaders(ctx, username),
  });
  const directive = DirectiveListSchema.parse(response.json()).items[0];
  if (!directive) throw new Error(`no open directive for ${username}`);
  return directive;
}
