/**
 * `GET /admin/stats` for cadres: what people ask, what went unanswered, checks by class,
 * feedback and problem reports, straight from the store (which keeps no user id in any of them).
 * Guarded by `Authorization: Bearer <ADMIN_TOKEN>`; with no ADMIN_TOKEN configured every call is
 * refused with 401, so the endpoint never opens by accident.
 */
import type { Store } from '../store/types.ts';
import { HttpError, sendJson } from './http.ts';
import { secretsMatch } from './security.ts';
import type { Route } from './server.ts';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="admin"' };

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

export function adminRoutes(store: Store, adminToken: string | undefined): Route[] {
  return [
    {
      method: 'GET',
      path: '/admin/stats',
      rateLimited: true,
      handle: async ({ request, response, log }) => {
        if (!adminToken) {
          throw new HttpError(401, 'Trang quản trị chưa bật: máy chủ chưa cấu hình ADMIN_TOKEN.', undefined, CHALLENGE);
        }
        if (!secretsMatch(bearerToken(request.headers.authorization), adminToken)) {
          log.warn('admin_refused');
          throw new HttpError(401, 'Cần mã quản trị hợp lệ (Authorization: Bearer …).', undefined, CHALLENGE);
        }
        sendJson(response, 200, await store.stats());
      },
    },
  ];
}
