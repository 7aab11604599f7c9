/**
 * GET /api/audit/verify — walk the whole history hash chain and report the first record that was
 * changed or removed. Run on request (a button), so it is a mutation rather than a cached query.
 */
import type { AuditVerification } from '@rectify/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function verifyAudit(): Promise<AuditVerification> {
  return api.get<AuditVerification>('/audit/verify');
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: verifyAudit });
}
