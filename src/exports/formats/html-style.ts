import { CLAIM_STATUSES } from '../../common/vocabulary';
import { STATUS_STYLES } from './status-style';

/**
 * The report's only stylesheet, inlined so the page makes no request of its own. Numbers and status
 * labels on highlights are CSS generated content, so each highlight's text stays exactly its quote.
 */
function statusRules(): string {
  return CLAIM_STATUSES.map((status) => {
    const style = STATUS_STYLES[status];
    return `.status-${status}{--claim-bg:${style.background};--claim-line:${style.border};--claim-line-style:${style.line}}`;
  }).join('\n');
}

export const HTML_REPORT_CSS = `
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",sans-serif;
  margin:0 auto;max-width:76rem;padding:1.5rem;line-height:1.55;color:#1a1a1a;background:#fff}
h1{font-size:1.6rem;margin:.2rem 0 .4rem}
h2{font-size:1.2rem;margin:1.6rem 0 .6rem;border-bottom:1px solid #ccc}
h3{font-size:1rem;margin:1rem 0 .3rem}
.meta,.generated{color:#444;font-size:.9rem;margin:.2rem 0}
.layout{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:2rem;align-items:start}
@media (max-width:60rem){.layout{grid-template-columns:1fr}}
.article-body{white-space:pre-wrap;font-size:1.05rem}
mark.claim,.swatch{background:var(--claim-bg);color:inherit;text-decoration-line:underline;
  text-decoration-style:var(--claim-line-style);text-decoration-color:var(--claim-line);text-decoration-thickness:2px;
  text-underline-offset:.2em;padding:0 .08em;border-radius:.15em}
mark.claim mark.claim{box-shadow:inset 0 -0.35em 0 rgba(0,0,0,.08)}
mark.claim::before,.claim-ref::before{content:"[" attr(data-claim-no) "]\\00a0";font-size:.72em;font-weight:700}
mark.claim::after{content:"\\00a0(" attr(data-status-label) ")";font-size:.68em;font-weight:600;color:#333}
.claim-ref{vertical-align:super}
table.summary{border-collapse:collapse}
table.summary th,table.summary td{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}
table.summary td.count{text-align:right;font-variant-numeric:tabular-nums}
.legend ul,.sources-cited{padding-left:1.2rem}
ol.claim-list{list-style:none;padding:0;margin:0}
.claim-card{border:1px solid #ccc;border-left:.5rem solid var(--claim-line);border-radius:.3rem;padding:.6rem .8rem;margin:0 0 1rem}
.claim-card h3{margin:0 0 .3rem}
.badge{display:inline-block;background:var(--claim-bg);border:1px solid var(--claim-line);border-radius:.8rem;padding:0 .5rem;font-size:.85rem;font-weight:600}
.claim-card blockquote{margin:.3rem 0;padding-left:.6rem;border-left:3px solid #ddd;color:#333}
.claim-card .note{color:#6b4e00;font-size:.9rem}
.claim-card dl{margin:.3rem 0}
.claim-card dt{font-weight:700;margin-top:.4rem}
.claim-card dd{margin:0 0 0 .2rem}
.claim-card ul{margin:.1rem 0;padding-left:1.1rem}
.small{font-size:.85rem;color:#444}
a{color:#0b4f9c;overflow-wrap:anywhere}
${statusRules()}
@media print{
  @page{margin:16mm}
  body{max-width:none;padding:0;font-size:10.5pt}
  .layout{display:block}
  .claim-card{break-inside:avoid}
  h2,h3{break-after:avoid}
  mark.claim,.swatch,.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;color:#444;overflow-wrap:anywhere}
}
`;
