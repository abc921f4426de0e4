/**
 * The HTTP server's public surface: build the server, declare routes for it,
 * and the token authority.
 */
export {
  ANONYMOUS,
  MIN_TOKEN_LENGTH,
  type Principal,
  ROLES,
  type Role,
  roleAtLeast,
  TokenAuthority,
  type TokenConfig,
  TokenConfigSchema,
} from './auth.js';
export { EventHub, STREAM_TOPICS } from './events.js';
export { buildOpenApi } from './openapi.js';
export { type Access, type AnyRoute, mountRoutes, type RouteDef, route } from './route.js';
export { API_PREFIX, type ApiServer, type ApiServerOptions, createApiServer } from './server.js';
export { StaticFiles } from './static.js';
