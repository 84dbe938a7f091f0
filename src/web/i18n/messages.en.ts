import { labelsFor } from '../../exports/formats/labels';

const report = labelsFor('en');

/**
 * Every word of the desk in English: the pages (server) and their scripts (`client`, sent with each
 * page). The vocabulary's words (status, kind, role, stance, source type) are the reports' own
 * (exports/formats/labels.ts), so a report and the desk never call one thing two names.
 * messages.de.ts must have the same shape (the type checks it).
 */
export const EN = {
  locale: 'en-GB',
  words: {
    status: report.status,
    kind: report.kind,
    role: report.role,
    stance: report.stance,
    sourceType: report.sourceType,
    origin: { extracted: 'extracted', manual: 'marked by hand' },
    userRole: { viewer: 'viewer', checker: 'checker', editor: 'editor', admin: 'admin' },
    action: {
      created: 'added', take: 'took', verdict: 'gave a verdict on', approve: 'approved', reopen: 'reopened', reassign: 'reassigned',
      evidence_added: 'added evidence to', evidence_removed: 'removed evidence from', attribution_added: 'attributed', attribution_removed: 'removed a source from',
      source_merged: 'merged a source of', reanchored: 're-anchored', orphaned: 'lost the words of', edited: 'corrected', withdrawn: 'withdrew', restored: 'restored', tagged: 'tagged',
    } as Record<string, string>,
    notification: {
      claim_assigned: 'A claim was assigned to you', verdict_approved: 'Your verdict was approved', claim_reopened: 'Your verdict was reopened',
      verdict_awaiting_approval: 'A verdict awaits approval', note_mention: 'You were mentioned in a note',
    } as Record<string, string>,
  },
  nav: { skip: 'Skip to content', dashboard: 'Dashboard', claims: 'Claims', articles: 'Articles', sources: 'Sources', settings: 'Settings', import: 'Import', inbox: 'Inbox', signOut: 'Sign out', label: 'Desk' },
  common: { search: 'Search', clear: 'Clear', nextPage: 'Next page', filtersIgnored: 'These filters were ignored:', none: '–', back: 'Back to the dashboard', any: 'Any' },
  login: { title: 'Sign in', heading: 'Sign in to the desk', email: 'Email', password: 'Password', submit: 'Sign in' },
  dashboard: {
    title: 'Dashboard', heading: 'Desk dashboard', connecting: 'Live updates: connecting…', counts: 'Claims by status', all: 'All claims',
    awaiting: 'Awaiting approval', flow: 'Opened and resolved per day (30 days)', backlog: 'Open backlog by age', mine: 'My assignments', loading: 'Loading…',
    topSources: 'Most-cited sources', activity: 'Recent activity',
  },
  articles: {
    title: 'Articles', titleContains: 'Title contains', outlet: 'Outlet', language: 'Language', caption: 'Articles, newest first', none: 'No articles match.',
    columns: { title: 'Title', outlet: 'Outlet', language: 'Language', published: 'Published', claims: 'Claims' },
  },
  sources: {
    title: 'Sources', nameOrAlias: 'Name or alias', type: 'Type', anyType: 'Any type', caption: 'Sources', none: 'No sources match.',
    columns: { name: 'Name', type: 'Type', country: 'Country', aliases: 'Aliases', affiliation: 'Affiliation' },
    mergedInto: 'Merged into', speakingForIt: 'Speaking for it', record: 'Record', claimsCount: 'claims', attributedTo: 'Claims attributed to', noClaims: 'No claims are attributed to this source.',
    showingNewest: (shown: number, total: number) => `Showing the newest ${shown} of ${total} claims.`,
    mergeTitle: 'Merge this source into another', mergeExplain: 'When two records are the same source: every attribution and piece of evidence moves to the source you choose, and this record is kept as merged.',
    keep: 'Source to keep', keepHint: 'Type a name, then pick it.', merge: 'Merge',
  },
  article: {
    export: 'Export:', exportLabel: 'Export this article', wire: 'Wire', revision: 'Revision', original: 'Original', bodyTitle: 'Article text with claims highlighted',
    newClaim: 'New claim', newClaimHint: 'Select words in the text first, or find them by typing.', keys: 'Keys: Tab to a highlight and Enter opens it; j next claim, k previous; n new claim from the selection; Escape closes the claim.',
    legend: 'Status legend', claims: (n: number) => `Claims (${n})`, noClaims: 'No claims yet.', noClaimsHint: ' Select words in the text and choose “New claim”.',
    showAll: (n: number) => `Show all ${n} claims`, wordsGone: 'words gone', noSource: 'No source attributed', panel: 'Claims',
  },
  queue: {
    title: 'Claims', heading: 'Claims queue', q: 'Search words', status: 'Status', anyStatus: 'Any status', open: 'Open (backlog)', awaiting: 'Awaiting approval', approved: 'Approved',
    assignee: 'Assigned to', anyone: 'Anyone', me: 'Me', nobody: 'Nobody', source: 'Source', sourceHint: 'Type a name, then pick it.', article: 'Article id', kind: 'Kind', anyKind: 'Any kind',
    origin: 'Origin', anyOrigin: 'Any origin', tag: 'Tag', from: 'Created from', to: 'Created to', sort: 'Sort',
    sorts: { newest: 'Newest first', oldest: 'Oldest first', article: 'By article', relevance: 'Best match' } as Record<string, string>,
    withdrawn: 'Withdrawn claims', moreFilters: 'More filters', caption: 'Claims matching the filters', none: 'No claims match.',
    columns: { select: 'Select', claim: 'Claim', status: 'Status', article: 'Article', sources: 'Sources', assignee: 'Assigned to', tags: 'Tags', created: 'Created' },
    selectAll: 'Select all on this page', selectClaim: (text: string) => `Select: ${text}`, saved: 'Saved filters', noSaved: 'No saved filters yet.',
    saveTitle: 'Save these filters', name: 'Name', shared: 'Share with the desk', save: 'Save filter', sharedBadge: 'shared', deleteFilter: 'Delete',
    bulkTitle: 'With the selected claims', bulkAction: 'Action', bulkGo: 'Apply', bulkTag: 'Tag', bulkKind: 'Kind', bulkAssignee: 'Assign to',
    bulkActions: { take: 'Take them', assign: 'Assign to…', tag: 'Add tag…', untag: 'Remove tag…', kind: 'Set kind…' } as Record<string, string>,
    awaitingBadge: 'awaiting approval', approvedBadge: 'approved', withdrawnBadge: 'withdrawn',
  },
  intake: {
    importTitle: 'Import article', title: 'Title', body: 'Body (paste the plain text)', outlet: 'Outlet', url: 'URL', language: 'Language', detect: 'Detect',
    german: 'de (German)', english: 'en (English)', published: 'Published', wire: 'Wire agencies', preview: 'Preview', import: 'Import',
    bulkTitle: 'Bulk import (JSON Lines)', bulkExplain: 'One article per line, with the fields of the API (title, body, language, outlet, url, publishedAt, wireAgencies). Duplicates are skipped; lines that are not articles are reported.',
    file: 'File', upload: 'Upload', imports: 'Imports', loading: 'Loading…', editorsOnly: 'Importing articles needs the editor role.',
    inboxTitle: 'Inbox', markAllRead: 'Mark all read', connecting: 'Live updates: connecting…',
  },
  settings: {
    title: 'Settings', heading: 'Your settings', language: 'Language', followBrowser: 'As the browser says', timeZone: 'Time zone', browserZone: (zone: string) => `The browser’s (${zone})`,
    displayName: 'Display name', save: 'Save settings',
  },
  /** The product's rule refusals in the reader's words, by the `rule` the API names (empty: the API's own English text is shown). */
  rules: {} as Record<string, string>,
  error: { back: 'Back to the dashboard', titles: { 400: 'Bad request', 401: 'Please sign in', 403: 'Not allowed', 404: 'Not found', 409: 'Conflict', 422: 'Refused', 429: 'Too many requests', 500: 'Something went wrong' } as Record<number, string> },
  /** The scripts' words: plain strings (sent as JSON), `{name}` filled in by desk.js's t(). */
  client: {
    saved: 'Saved.', failed: 'The request failed.', sessionEnded: 'Your session has ended: sign in again.', loginWrong: 'The email or password is wrong, or the account is disabled.',
    signInFailed: 'Sign-in failed.', you: 'you', user: 'user {id}', allClaims: '← All claims', close: 'Close',
    assignedTo: 'assigned to {name}', version: 'version {n}', hedged: 'hedged', wordsGone: 'words gone from the article',
    approved: 'approved', awaitingApproval: 'awaiting approval', withdrawn: 'withdrawn', rationale: 'Rationale:', withdrawnBecause: 'Withdrawn: {reason}',
    sourcesOf: 'Sources: {list}', noSource: 'No source attributed', noSources: 'No source attributed.', cue: 'cue',
    attributions: 'Attributions', evidence: 'Evidence', noEvidence: 'No evidence yet.', related: 'Corroboration candidates', noRelated: 'No suggestions.', history: 'History', notes: 'Notes',
    independent: 'independent of the claim’s sources', notIndependent: 'not independent of the claim’s sources', publishedBy: 'published by', claimWord: 'claim',
    corroborates: 'corroborates', contradicts: 'contradicts', sameCircle: 'same circle of sources', independentShort: 'independent', shares: 'shares',
    useAsEvidence: 'Use as evidence', historyBroken: 'The history chain does not verify: it may have been tampered with.',
    actions: 'Actions', take: 'Take this claim', approve: 'Approve verdict', addEvidence: 'Add evidence', stance: 'Stance', anotherClaim: 'Another claim', noneChoice: '— none —',
    url: 'URL', publishedByLabel: 'Published by', typeSource: 'Type a source name', note: 'Note', verdictLegend: 'Verdict', verdict: 'Verdict', chooseVerdict: '— choose a verdict —', giveVerdict: 'Give verdict',
    reopen: 'Reopen', reason: 'Reason', reopenClaim: 'Reopen claim', reassign: 'Reassign', assignTo: 'Assign to', me: 'me', nobodyQueue: 'nobody (back to the queue)', colleagues: 'Colleagues', reassignGo: 'Reassign',
    conflictTitle: 'Someone else changed this claim first.', conflict: 'Below is its current state (version {version}); what you typed is kept — check it and send again.',
    noSourceCalled: 'No source called "{name}": pick one from the suggestions, or create it.',
    attribute: 'Attribute to a source', source: 'Source', role: 'Role', cueLabel: 'Cue words', attributeGo: 'Attribute', remove: 'Remove', removeAttribution: 'Remove {name}',
    newSource: 'New source', name: 'Name', type: 'Type', country: 'Country (2 letters)', affiliation: 'Affiliated with', createSource: 'Create and attribute',
    sourceCreated: 'Source {name} created.', orCreate: 'Not in the list? Create the source:',
    editLegend: 'Correct the claim', wording: 'Wording', kind: 'Kind', spanStart: 'Span start', spanEnd: 'Span end', spanHint: 'Code points in the article text; or select new words in the text and take the selection.',
    useSelection: 'Take the selection', saveEdit: 'Save correction', noSelection: 'Select words in the article text first.',
    withdrawLegend: 'Withdraw the claim', withdrawHint: 'Extracted or marked by mistake: it leaves every list, count and report; its history keeps why.', withdraw: 'Withdraw claim',
    restoreLegend: 'Restore the claim', restore: 'Restore claim', tagsLegend: 'Tags', addTag: 'New tag', addTagGo: 'Add tag', removeTag: 'Remove tag {tag}', noTags: 'No tags.',
    noteLabel: 'Write a note', noteHint: 'Mention a colleague with @ and their name without spaces, e.g. @AnnaSchmidt.', postNote: 'Post note', noNotes: 'No notes yet.',
    newClaimTitle: 'New claim', selectedWords: 'Selected words', findWords: 'Words of the article', findHint: 'Type words exactly as they stand in the text, then Find.', find: 'Find', notFound: '“{words}” is not in the article text.',
    createClaim: 'Create claim', cancel: 'Cancel', claimCreated: 'Claim created.', noWords: 'No words chosen yet.',
    showAll: 'Show all {n} claims',
    liveOn: 'Live updates: on', liveReconnecting: 'Live updates: reconnecting…',
    opened: 'Opened', resolved: 'Resolved', day: 'Day', numbersPerDay: 'Numbers per day', noActivity: 'No activity', flowChart: 'Claims opened and resolved per day over {n} days',
    openClaims: '{n} open claims', oldestWaits: '; the oldest waits {age}', hours: '{n} hours', days: '{n} days',
    under1Day: 'Under 1 day', from1To7Days: '1–7 days', from7To30Days: '7–30 days', over30Days: 'Over 30 days', inQueue: 'Open the backlog in the queue',
    topSource: 'Source', topClaims: 'Claims', topOpen: 'Open', noTopSources: 'No claims are attributed yet.',
    nothingYet: 'Nothing has happened yet.', nothingAssigned: 'Nothing is assigned to you.',
    bulkChanged: '{n} changed.', bulkRefused: '{n} refused:', pickAction: 'Choose an action.', pickClaims: 'Select claims first.', needTag: 'Type the tag.',
    filterSaved: 'Filter saved.', filterDeleted: 'Filter deleted.', claimN: 'Claim {id}', selectedCount: '{n} selected',
    mergePick: 'Pick the source to keep from the suggestions.', mergeConfirm: 'Merge this source into {name}? Its attributions and evidence move there.',
    settingsSaved: 'Settings saved.',
    detected: 'detected: {language}', claimsFound: '{n} claims would be created', claimsFoundOne: '1 claim would be created',
    duplicateOf: 'This body is already on the desk as {link}.', articleN: 'article {id} ({title})', importedWith: 'Imported {link} with {n} claims.', importedArticle: 'Imported article {id}',
    importProgress: '{origin}: {done} of {total} ({imported} imported, {duplicates} duplicates, {refused} refused) — {state}', importN: 'Import {id}', noImports: 'No imports yet.',
    jobQueued: 'waiting', jobRunning: 'running', jobDone: 'done',
    inboxEmpty: 'Nothing here yet.', markRead: 'Mark read', reasonLabel: 'Reason', verdictLabel: 'Verdict', unread: '{n} unread',
  },
};

export type Messages = typeof EN;
