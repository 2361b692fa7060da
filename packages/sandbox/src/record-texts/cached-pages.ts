/**
 * The list pages whose records the sandbox keeps as JSON text (docs/decisions/sandbox-response-cache.md): the page's
 * ids come from the engine as for any request, then each record's text from its cache.
 */
import {
  type DeclarationFilter,
  declarationView,
  type ListQuery,
  londonToday,
  type NpqApplicationsFilter,
  type NpqDeclarationsFilter,
  type NpqWorld,
  npqApplicationView,
  npqDeclarationView,
  type ParticipantFilter,
  type World,
} from "@lpkit/engine";
import {
  declarationPageIds,
  getNpqRow,
  getRow,
  npqApplicationPageIds,
  npqDeclarationPageIds,
  npqWorldVersion,
  participantPageIds,
  participantViewer,
  worldVersion,
} from "@lpkit/engine/internal";
import { dataListText, RecordTextCache } from "./record-text-cache.ts";

/** Per world and per kind of record, at most this many characters of JSON text (about 8 MB; one record is ~1 KB). */
const MAX_CHARS = 8 * 1024 * 1024;

const participantTexts = new RecordTextCache<World>(worldVersion, MAX_CHARS);
const declarationTexts = new RecordTextCache<World>(worldVersion, MAX_CHARS);
const npqApplicationTexts = new RecordTextCache<NpqWorld>(npqWorldVersion, MAX_CHARS);
const npqDeclarationTexts = new RecordTextCache<NpqWorld>(npqWorldVersion, MAX_CHARS);

/**
 * GET /participants' body. A participant's view depends on the lead provider asking (its enrolments are that
 * provider's) and on the London day of `now` (`participant_status`, the current mentor), so both are the scope.
 */
export function participantsPageText(
  world: World,
  leadProviderId: string,
  query: ListQuery<ParticipantFilter>,
  now: Date,
): string {
  const ids = participantPageIds(world, leadProviderId, query);
  const view = participantViewer(world, leadProviderId, now);
  const scope = `${leadProviderId} ${londonToday(now)}`;
  return dataListText(participantTexts.texts(world, scope, ids, (id) => view(getRow(world, "teachers", id))));
}

/** GET /participant-declarations' body. A declaration renders the same for every lead provider that may see it. */
export function declarationsPageText(
  world: World,
  leadProviderId: string,
  query: ListQuery<DeclarationFilter>,
): string {
  const ids = declarationPageIds(world, leadProviderId, query);
  return dataListText(
    declarationTexts.texts(world, "", ids, (id) => declarationView(world, getRow(world, "declarations", id))),
  );
}

/** GET /npq-applications' body. An application is seen only by its own lead provider, and renders the same always. */
export function npqApplicationsPageText(
  world: NpqWorld,
  leadProviderId: string,
  query: ListQuery<NpqApplicationsFilter>,
): string {
  const ids = npqApplicationPageIds(world, leadProviderId, query);
  return dataListText(
    npqApplicationTexts.texts(world, "", ids, (id) => npqApplicationView(world, getNpqRow(world, "applications", id))),
  );
}

/** The NPQ GET /participant-declarations' body. A declaration renders the same for every lead provider that may see it. */
export function npqDeclarationsPageText(
  world: NpqWorld,
  leadProviderId: string,
  query: ListQuery<NpqDeclarationsFilter>,
): string {
  const ids = npqDeclarationPageIds(world, leadProviderId, query);
  return dataListText(
    npqDeclarationTexts.texts(world, "", ids, (id) => npqDeclarationView(world, getNpqRow(world, "declarations", id))),
  );
}
