import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking'] });
const p = await b.newPage();
p.on('pageerror', e => console.log('pageerror:', e.message));
await p.goto('http://localhost:4400/en/search/?q=' + encodeURIComponent('"Правительство выявило 24 жертвы"'));
await p.waitForTimeout(2500);
console.log(await p.locator('[data-search-status]').innerText());
console.log(await p.locator('[data-search-results] li').evaluateAll(els => els.map(e => decodeURIComponent(e.querySelector('a').getAttribute('href')) + ' [' + e.dataset.hitLang + '] ').join('\n')));
const raw = await p.evaluate(async () => {
  const m = await import('/pagefind/pagefind.js');
  const h = document.documentElement; const own = h.lang; h.lang = 'ru'; const i = m.createInstance({ basePath: '/pagefind/' }); h.lang = own;
  const r = await i.search('"Правительство выявило 24 жертвы"');
  const d = await Promise.all(r.results.map((x) => x.data()));
  return d.map(x => ({ url: x.url, words: x.content.split(/\s+/).length, idx: x.content.split(/\s+/).findIndex((w,k,a) => w==='Правительство' && a[k+1]==='выявило'), subs: x.sub_results.map(s => [s.url.split('#')[1], s.locations]) }));
});
console.log(JSON.stringify(raw));
await b.close();
