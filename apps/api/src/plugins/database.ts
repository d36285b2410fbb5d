import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config/load-config';
import type { Database, Db } from '../db/database';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
    db: Db;
  }
}

/** Makes the configuration and the open database available to every module. */
export const databasePlugin = fp(async (app: FastifyInstance, opts: { config: Config; database: Database }) => {
  app.decorate('config', opts.config);
  app.decorate('database', opts.database);
  app.decorate('db', opts.database.db);
});
