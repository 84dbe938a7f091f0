// The claim panel's editing parts, as markup: attributing (with a source picker that finds any
// alias, and creating a source inline), correcting wording, kind and span, withdrawing and restoring,
// tags, the notes thread, and the new-claim form. article.js wires them up; what the reader may do
// is what the server's allowedActions say.

const KINDS = ['statistic', 'event', 'quote', 'statement', 'prediction'];
const ROLES = ['speaker', 'relay', 'anonymous'];
const SOURCE_TYPES = ['person', 'intelligence_agency', 'news_agency', 'government', 'international_organization', 'military', 'media_outlet', 'organization', 'company', 'anonymous', 'other'];

const formError = (id) => `<p class="error form-error" id="${id}-error" role="alert" hidden></p>`;
const options = (values, table, word, esc, chosen) => values.map((v) => `<option value="${v}"${v === chosen ? ' selected' : ''}>${esc(word(table, v))}</option>`).join('');

function attributeHtml({ word, t, esc }) {
  return `<form id="attribute-form" class="action-form"><fieldset><legend>${esc(t('attribute'))}</legend>
    <p><label for="attr-source">${esc(t('source'))}</label><input id="attr-source" name="source" list="attr-sources" data-source-picker="1" autocomplete="off" required placeholder="${esc(t('typeSource'))}"><datalist id="attr-sources"></datalist></p>
    <p><label for="attr-role">${esc(t('role'))}</label><select id="attr-role" name="role">${options(ROLES, 'role', word, esc)}</select></p>
    <p><label for="attr-cue">${esc(t('cueLabel'))}</label><input id="attr-cue" name="cue" maxlength="200" placeholder="sagte, laut, according to"></p>
    ${formError('attribute-form')}
    <p><button type="submit">${esc(t('attributeGo'))}</button></p></fieldset></form>
  <details class="action-form"><summary>${esc(t('orCreate'))}</summary>
  <form id="new-source-form"><fieldset><legend>${esc(t('newSource'))}</legend>
    <p><label for="ns-name">${esc(t('name'))}</label><input id="ns-name" name="name" required maxlength="300"></p>
    <p><label for="ns-type">${esc(t('type'))}</label><select id="ns-type" name="type">${options(SOURCE_TYPES, 'sourceType', word, esc, 'other')}</select></p>
    <p><label for="ns-country">${esc(t('country'))}</label><input id="ns-country" name="country" maxlength="2" size="3" pattern="[A-Za-z]{2}" autocomplete="off"></p>
    <p><label for="ns-affiliation">${esc(t('affiliation'))}</label><input id="ns-affiliation" name="affiliation" list="ns-affiliations" data-source-picker="1" autocomplete="off"><datalist id="ns-affiliations"></datalist></p>
    <p><label for="ns-role">${esc(t('role'))}</label><select id="ns-role" name="role">${options(ROLES, 'role', word, esc)}</select></p>
    <p><label for="ns-cue">${esc(t('cueLabel'))}</label><input id="ns-cue" name="cue" maxlength="200"></p>
    ${formError('new-source-form')}
    <p><button type="submit">${esc(t('createSource'))}</button></p></fieldset></form></details>`;
}

function editHtml(claim, { word, t, esc }) {
  return `<form id="edit-form" class="action-form"><fieldset><legend>${esc(t('editLegend'))}</legend>
    <p><label for="edit-text">${esc(t('wording'))}</label><textarea id="edit-text" name="text" rows="2" required maxlength="5000">${esc(claim.text)}</textarea></p>
    <p><label for="edit-kind">${esc(t('kind'))}</label><select id="edit-kind" name="kind">${options(KINDS, 'kind', word, esc, claim.kind)}</select></p>
    <div class="span-fields"><p><label for="edit-start">${esc(t('spanStart'))}</label><input id="edit-start" name="start" inputmode="numeric" size="6" value="${claim.quote.start}" aria-describedby="span-hint"></p>
    <p><label for="edit-end">${esc(t('spanEnd'))}</label><input id="edit-end" name="end" inputmode="numeric" size="6" value="${claim.quote.end}" aria-describedby="span-hint"></p>
    <p><button type="button" id="edit-use-selection">${esc(t('useSelection'))}</button></p></div>
    <p id="span-hint" class="muted hint">${esc(t('spanHint'))}</p>
    ${formError('edit-form')}
    <p><button type="submit">${esc(t('saveEdit'))}</button></p></fieldset></form>`;
}

function tagsHtml(claim, canTag, { t, esc }) {
  const tags = claim.tags.length
    ? `<ul class="plain tags">${claim.tags.map((tag) => `<li><a class="tag" href="/claims?tag=${encodeURIComponent(tag)}">${esc(tag)}</a>${canTag ? ` <button type="button" class="link" data-remove-tag="${esc(tag)}" aria-label="${esc(t('removeTag', { tag }))}">×</button>` : ''}</li>`).join('')}</ul>`
    : `<p class="muted">${esc(t('noTags'))}</p>`;
  const form = canTag ? `<form id="tags-form" class="inline-form"><label for="tag-new">${esc(t('addTag'))}</label> <input id="tag-new" name="tag" maxlength="60" required> <button type="submit">${esc(t('addTagGo'))}</button>${formError('tags-form')}</form>` : '';
  return `<h3>${esc(t('tagsLegend'))}</h3>${tags}${form}`;
}

/** The claim's own edits, as far as the reader may make them. */
export function claimEditingHtml(claim, can, helpers) {
  const { t, esc } = helpers;
  const parts = [];
  if (can.attribute) parts.push(attributeHtml(helpers));
  parts.push(tagsHtml(claim, can.tag, helpers));
  if (can.edit) parts.push(editHtml(claim, helpers));
  if (can.withdraw) parts.push(`<form id="withdraw-form" class="action-form"><fieldset><legend>${esc(t('withdrawLegend'))}</legend>
    <p class="muted">${esc(t('withdrawHint'))}</p>
    <p><label for="withdraw-reason">${esc(t('reason'))}</label><textarea id="withdraw-reason" name="reason" rows="2" required maxlength="2000"></textarea></p>
    ${formError('withdraw-form')}
    <p><button type="submit">${esc(t('withdraw'))}</button></p></fieldset></form>`);
  if (can.restore) parts.push(`<form id="restore-form" class="action-form"><fieldset><legend>${esc(t('restoreLegend'))}</legend>
    <p><label for="restore-note">${esc(t('note'))}</label><textarea id="restore-note" name="note" rows="2" maxlength="2000"></textarea></p>
    ${formError('restore-form')}
    <p><button type="submit" class="primary">${esc(t('restore'))}</button></p></fieldset></form>`);
  return parts.join('');
}

/** The desk's discussion of the claim, and (for checkers) a note to add to it. */
export function notesHtml(notes, canNote, { t, esc, shortTime, personName }) {
  const thread = notes.length
    ? `<ol class="notes">${notes.map((note) => `<li><p class="note-meta"><strong>${esc(note.authorName ?? personName(note.authorId))}</strong> <time datetime="${esc(note.createdAt)}">${esc(shortTime(note.createdAt))}</time></p><p class="note-body">${esc(note.body)}</p></li>`).join('')}</ol>`
    : `<p class="muted">${esc(t('noNotes'))}</p>`;
  const form = canNote ? `<form id="note-form" class="action-form">
    <p><label for="note-body">${esc(t('noteLabel'))}</label><textarea id="note-body" name="body" rows="2" required maxlength="5000" aria-describedby="note-hint"></textarea></p>
    <p id="note-hint" class="muted hint">${esc(t('noteHint'))}</p>
    ${formError('note-form')}
    <p><button type="submit">${esc(t('postNote'))}</button></p></form>` : '';
  return thread + form;
}

/** A new claim: the chosen words shown, words to find for keyboard users, kind and wording to set before saving. */
export function newClaimHtml(span, { word, t, esc }) {
  return `<p class="panel-top"><button type="button" id="nc-cancel">${esc(t('cancel'))}</button></p>
<h2 id="new-claim-title" tabindex="-1">${esc(t('newClaimTitle'))}</h2>
<form id="new-claim-form" class="action-form">
  <p><span class="label">${esc(t('selectedWords'))}</span></p>
  <blockquote id="nc-words">${esc(span ? span.words : t('noWords'))}</blockquote>
  <p><label for="nc-find-words">${esc(t('findWords'))}</label><input id="nc-find-words" name="find" aria-describedby="nc-find-hint"> <button type="button" id="nc-find">${esc(t('find'))}</button></p>
  <p id="nc-find-hint" class="muted hint">${esc(t('findHint'))}</p>
  <p><label for="nc-kind">${esc(t('kind'))}</label><select id="nc-kind" name="kind">${options(KINDS, 'kind', word, esc, 'statement')}</select></p>
  <p><label for="nc-text">${esc(t('wording'))}</label><textarea id="nc-text" name="text" rows="2" maxlength="5000" placeholder="${esc(span ? span.words : '')}"></textarea></p>
  ${formError('new-claim-form')}
  <p><button type="submit" class="primary">${esc(t('createClaim'))}</button></p>
</form>`;
}
