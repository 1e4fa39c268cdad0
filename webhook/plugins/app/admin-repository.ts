import fp from 'fastify-plugin';
import { createAdminRepository, type AdminRepository } from '../../../src/admin/admin-repository.js';
import type { AppConfig } from '../../../src/config/load-config.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Present only when the operator view is configured (ADMIN_PASSWORD_HASH or ADMIN_API_TOKEN). */
    adminRepository: AdminRepository;
  }
}

export default fp<{ config: AppConfig; clock?: () => Date }>(
  async (fastify, { config, clock }) => {
    fastify.decorate(
      'adminRepository',
      createAdminRepository(fastify.database.db, {
        region: config.defaultRegion,
        fromNumber: config.twilio.phoneNumber ?? '',
        clock,
      }),
    );
  },
  { name: 'admin-repository', dependencies: ['database'] },
);
