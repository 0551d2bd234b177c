import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Edition, Grant } from './grants.ts';
import type { Miss } from './access.ts';
import { redactUrl } from './request-path.ts';

/** What the handler learnt about a request, for its log line. */
export interface RequestNote {
  deck?: string | undefined;
  edition?: Edition | undefined;
  grant?: Grant | undefined;
  refused?: Miss | 'rate-limited' | undefined;
}

/** One JSON line per request, written when the response is done; a token is never written. */
export function accessLine(request: FastifyRequest, reply: FastifyReply, note: RequestNote): string {
  const { grant } = note;
  return `${JSON.stringify({
    time: new Date().toISOString(),
    method: request.method,
    path: redactUrl(request.originalUrl),
    status: reply.statusCode,
    ms: Math.round(reply.elapsedTime * 10) / 10,
    ip: request.ip,
    deck: note.deck,
    edition: note.edition,
    key: grant?.keyId,
    note: grant?.note,
    role: grant?.role,
    refused: note.refused,
  })}\n`;
}
