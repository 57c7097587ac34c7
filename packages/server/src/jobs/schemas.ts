import { z } from 'zod';
import { ZPage } from '../organisations/schemas.js';
import { ZNoticeKind } from './notice-rules.js';

/** A deadline notice to the reader's organisation: ids, codes and dates, nothing about the person. */
export const ZNotice = z.object({
  id: z.uuid(),
  kind: ZNoticeKind,
  caseId: z.uuid().nullable(),
  /** The case's reference code (not personal data), to find and link the case. */
  caseReference: z.string().nullable(),
  /** Whether the reader's organisation is on the case team (and so may open the case). */
  onCaseTeam: z.boolean(),
  dueAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  readAt: z.iso.datetime().nullable(),
});
export type NoticeView = z.infer<typeof ZNotice>;

export const ZNoticeQuery = ZPage.extend({
  /** Only notices not yet marked as read. */
  unread: z.enum(['true', 'false']).optional(),
});

export const ZNoticeList = z.object({
  items: z.array(ZNotice),
  total: z.number().int(),
  unread: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
