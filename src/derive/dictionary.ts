/**
 * The data dictionaries of the downloads: every column of `/data/figures.csv` and
 * `/data/recommendations.csv`, with its key in the JSON files where that differs, every key only the
 * JSON files carry, their meaning in kk, ru and en, and the codes a field may hold.
 * Shown on the About page and published as `/data/dictionary.json`; `tests/unit/dictionary.test.ts`
 * fails when a downloaded field has no entry.
 */
import { coverageKinds, countedThings, datings } from '../schemas/figure';
import { breakdownTags } from '../schemas/figure';
import { actionCategories, followUpRelations } from '../schemas/recommendation';
import { statuses } from './status';
import type { Locale } from '../i18n/locales';

type Text = Record<Locale, string>;
export interface DictionaryEntry {
  /**
   * Column name in the CSV (`_{lang}` stands for one column per language: `_kk`, `_ru`, `_en`), or the
   * key in the JSON for a field only the JSON carries.
   */
  field: string;
  /**
   * The key in the JSON where it differs from the column: `statusDate`; nested keys joined by ".",
   * `{lang}` for each language and `[]` for each item of a list (`responsible[].body`).
   */
  json?: string;
  /** The one download that carries it; absent: both, the CSV and the JSON. */
  only?: 'csv' | 'json';
  meaning: Text;
  /** The codes the field may hold, when it holds codes. */
  codes?: readonly (string | number)[];
}

/** The JSON key of an entry, or undefined when the JSON does not carry it. */
export const jsonKey = (entry: DictionaryEntry) => (entry.only === 'csv' ? undefined : (entry.json ?? entry.field));

const T = (kk: string, ru: string, en: string): Text => ({ kk, ru, en });

export const figureDictionary: DictionaryEntry[] = [
  {
    field: 'id',
    meaning: T('Жазбаның тұрақты идентификаторы.', 'Постоянный идентификатор записи.', 'Permanent id of the figure.'),
  },
  { field: 'source', meaning: T('Дереккөз идентификаторы.', 'Идентификатор источника.', 'Source id.') },
  { field: 'metric', meaning: T('Көрсеткіштің идентификаторы.', 'Идентификатор показателя.', 'Metric id.') },
  {
    field: 'metric_{lang}',
    json: 'metricName.{lang}',
    meaning: T('Көрсеткіштің атауы (kk, ru, en).', 'Название показателя (kk, ru, en).', 'Metric name (kk, ru, en).'),
  },
  {
    field: 'period',
    meaning: T(
      'Кезең: ЖЖЖЖ, ЖЖЖЖ-АА немесе ЖЖЖЖ/ЖЖЖЖ.',
      'Период: ГГГГ, ГГГГ-ММ или ГГГГ/ГГГГ.',
      'Period: YYYY, YYYY-MM or YYYY/YYYY.',
    ),
  },
  { field: 'year', meaning: T('Кезеңнің бірінші жылы.', 'Первый год периода.', 'First year of the period.') },
  {
    field: 'value',
    meaning: T(
      'Дереккөз айтқан сан (ақша — өз валютасында).',
      'Число, как его называет источник (деньги — в своей валюте).',
      'The number as stated (money in its own currency).',
    ),
  },
  {
    field: 'unit',
    meaning: T('Көрсеткіштің әдепкі бірлігі.', 'Единица показателя по умолчанию.', 'The metric’s default unit.'),
    codes: countedThings.slice(0, -2),
  },
  {
    field: 'counts',
    meaning: T(
      'Дереккөз нақты нені санайды; not-stated — айтылмаған.',
      'Что именно считает источник; not-stated — не указано.',
      'What the source actually counts; not-stated when it does not say.',
    ),
    codes: countedThings,
  },
  {
    field: 'coverage',
    meaning: T(
      'Кезеңнің қанша бөлігін қамтиды.',
      'Какую часть периода охватывает число.',
      'How much of the period the number covers.',
    ),
    codes: coverageKinds,
  },
  {
    field: 'to',
    meaning: T(
      'part-year үшін: санақ қай күнге дейін (тек жыл — күні айтылмаған).',
      'Для part-year: по какую дату (только год — дата не указана).',
      'For part-year: the date the count runs to (a bare year: not stated).',
    ),
  },
  {
    field: 'scope',
    json: 'scope.id',
    meaning: T(
      'Ішкі топтың идентификаторы; бос — бүкіл Қазақстан.',
      'Идентификатор подмножества; пусто — весь Казахстан.',
      'Subset id; empty for all of Kazakhstan.',
    ),
  },
  {
    field: 'scope_{lang}',
    json: 'scope.label.{lang}',
    meaning: T('Ішкі топтың атауы.', 'Название подмножества.', 'Name of the subset.'),
  },
  {
    field: 'role',
    meaning: T(
      'total — жалпы сан; part — басқа жазбаның (жиынтықтың) бөлігі (екі рет қоспаңыз).',
      'total — общее число; part — часть другой записи (итога; не суммируйте дважды).',
      'total, or part of another figure (do not add it twice).',
    ),
    codes: ['total', 'part'],
  },
  {
    field: 'part_of',
    json: 'partOf',
    meaning: T(
      'Бұл жазба бөлігі болып табылатын жиынтықтың id-і.',
      'id итоговой записи, частью которой является эта.',
      'Id of the figure this is a part of.',
    ),
  },
  {
    field: 'range_bound',
    json: 'range.bound',
    meaning: T(
      'Аралықтың қай шегі: lower немесе upper.',
      'Какая граница диапазона: lower или upper.',
      'Which end of a stated range: lower or upper.',
    ),
    codes: ['lower', 'upper'],
  },
  {
    field: 'range_of_{lang}',
    json: 'range.of.{lang}',
    meaning: T('Аралық кімге қатысты.', 'К кому относится диапазон.', 'Whom the range describes.'),
  },
  {
    field: 'dating',
    meaning: T(
      'number — санның күні; event — оқиғаның күні.',
      'number — дата числа; event — дата события.',
      'number: the period dates the number; event: it dates the event.',
    ),
    codes: datings,
  },
  {
    field: 'breakdown',
    json: 'breakdown[]',
    meaning: T('Тарылтатын белгілер, + арқылы.', 'Уточняющие признаки через +.', 'Narrowing tags, joined by +.'),
    codes: breakdownTags,
  },
  {
    field: 'approximate',
    meaning: T(
      'true — шамамен немесе шек («100-ден астам»).',
      'true — приблизительно или граница («более 100»).',
      'true for an estimate or a bound (“more than 100”).',
    ),
  },
  {
    field: 'series',
    meaning: T(
      'Салыстыруға болатын қатар кілті; тек бір қатар ішінде салыстырыңыз.',
      'Ключ сопоставимого ряда; сравнивайте только внутри ряда.',
      'Key of the comparable series; compare and add only within one series.',
    ),
  },
  {
    field: 'main_series',
    json: 'mainSeries',
    meaning: T(
      'true — бүкіл ел бойынша толық жылдағы жалпы сан.',
      'true — итоговое число по всей стране за полный год.',
      'true for national whole-year totals in the metric’s unit.',
    ),
  },
  { field: 'segment', meaning: T('Санды айтатын үзінді.', 'Фрагмент, где названо число.', 'The passage that states it.') },
  { field: 'url', meaning: T('Үзіндінің мекенжайы.', 'Адрес фрагмента.', 'Address of the passage.') },
  { field: 'quote_{lang}', json: 'quotes.{lang}', meaning: T('Сөзбе-сөз дәйексөз.', 'Дословная цитата.', 'Verbatim quote.') },
  { field: 'note_{lang}', json: 'note.{lang}', meaning: T('Біздің ескертпеміз.', 'Наше примечание.', 'Our note.') },
];

export const recommendationDictionary: DictionaryEntry[] = [
  {
    field: 'id',
    meaning: T(
      'Ұсынымның тұрақты идентификаторы (оның бетінің мекенжайында).',
      'Постоянный идентификатор рекомендации (он же в адресе её страницы).',
      'Permanent id of the recommendation (also in the address of its page).',
    ),
  },
  { field: 'source', meaning: T('Дереккөз идентификаторы.', 'Идентификатор источника.', 'Source id.') },
  {
    field: 'number',
    meaning: T(
      'Дереккөздегі реттік нөмірі, дереккөз тізгендей.',
      'Номер в источнике, как там перечислено.',
      'Its number within the source, as the source lists it.',
    ),
  },
  {
    field: 'type',
    meaning: T(
      'recommendation — ұсыным; commitment — дереккөз авторының өз жоспары туралы міндеттемесі.',
      'recommendation — рекомендация; commitment — обязательство автора источника о собственных планах.',
      'recommendation, or commitment: the source’s author undertakes something itself.',
    ),
    codes: ['recommendation', 'commitment'],
  },
  {
    field: 'year',
    meaning: T('Дереккөздің жарияланған жылы.', 'Год публикации источника.', 'Year the source was published.'),
  },
  {
    field: 'cycle_{lang}',
    json: 'cycle.{lang}',
    meaning: T(
      'Цикл: есеп шығарылымы, журнал нөмірі немесе форум (kk, ru, en).',
      'Цикл: выпуск отчёта, номер журнала или форум (kk, ru, en).',
      'The round it belongs to: report edition, journal issue or forum (kk, ru, en).',
    ),
  },
  {
    field: 'themes',
    json: 'themes[]',
    meaning: T(
      'Тақырып идентификаторлары, ең негізгісі бірінші; CSV-де + арқылы. Әр тақырыптың беті: /kk/recommendations/theme/<id>/.',
      'Идентификаторы тем, главная первой; в CSV через +. Страница каждой темы: /ru/recommendations/theme/<id>/.',
      'Theme ids, the most central first; joined by + in CSV. Each theme’s page: /en/recommendations/theme/<id>/.',
    ),
  },
  {
    field: 'groups',
    json: 'groups[]',
    meaning: T(
      'Мәтін өзі атайтын адамдар тобының идентификаторлары; CSV-де + арқылы; атамаса бос. Беті: /kk/recommendations/group/<id>/.',
      'Идентификаторы групп людей, которые называет сам текст; в CSV через +; пусто, если не называет. Страница: /ru/recommendations/group/<id>/.',
      'Ids of the groups of people the text itself names; joined by + in CSV; empty when it names none. Page: /en/recommendations/group/<id>/.',
    ),
  },
  {
    field: 'by',
    meaning: T(
      'Ұсынатын органның идентификаторы, дереккөз айтқандай.',
      'Идентификатор органа, который рекомендует, как указано в источнике.',
      'Id of the body that makes it, as the source states it.',
    ),
  },
  {
    field: 'addressee',
    meaning: T(
      'Ұсыным кімге арналған органның идентификаторы; дереккөз атамаса бос (JSON-да null).',
      'Идентификатор органа, которому адресована; пусто (в JSON null), если источник не называет адресата.',
      'Id of the body it is directed to; empty (null in JSON) when the source names none.',
    ),
  },
  {
    field: 'responsible',
    json: 'responsible[].body',
    meaning: T(
      'Дереккөз орындаушы ретінде атаған мемлекеттік органдардың идентификаторлары; CSV-де + арқылы. Беті: /kk/recommendations/body/<id>/.',
      'Идентификаторы государственных органов, которые источник называет исполнителями; в CSV через +. Страница: /ru/recommendations/body/<id>/.',
      'Ids of the state bodies a source names as the ones to act; joined by + in CSV. Page: /en/recommendations/body/<id>/.',
    ),
  },
  {
    field: 'responsible[].source',
    only: 'json',
    meaning: T(
      'Органды атайтын дереккөз: ұсынымның өз дереккөзі немесе кейінгісі.',
      'Источник, который называет орган: источник рекомендации или более поздний.',
      'The source that names the body: the recommendation’s own or a later one.',
    ),
  },
  {
    field: 'responsible[].segment',
    only: 'json',
    meaning: T('Органды атайтын үзінді.', 'Фрагмент, где назван орган.', 'The passage that names the body.'),
  },
  {
    field: 'responsible[].quotes.{lang}',
    only: 'json',
    meaning: T(
      'Органды атайтын сөздер, сөзбе-сөз, сол тілдегі нұсқада болса.',
      'Слова, которыми назван орган, дословно, если они есть в этой языковой версии.',
      'The words that name the body, verbatim, where that language version states them.',
    ),
  },
  {
    field: 'action',
    meaning: T(
      'Әрекет санаты 1–5 (UPR Info шкаласы бойынша; сипаттамасы «Әдістеме және деректер» бетінде).',
      'Категория действия 1–5 (по шкале UPR Info; см. страницу «О данных и методике»).',
      'Action category 1–5 (after UPR Info’s scale; see the “About the data” page).',
    ),
    codes: actionCategories,
  },
  {
    field: 'status',
    meaning: T(
      'Кейінгі дәлелдерден шығарылған мәртебе (ереже «Әдістеме және деректер» бетінде); ешқашан «орындалды» демейді.',
      'Статус, выведенный из более поздних свидетельств (правило на странице «О данных и методике»); никогда не означает «выполнена».',
      'Status derived from the later evidence (the rule is on the “About the data” page); never “implemented”.',
    ),
    codes: statuses,
  },
  {
    field: 'status_date',
    json: 'statusDate',
    meaning: T(
      'Мәртебе сүйенетін дереккөздің күні; кейінгі дереккөз болмаса бос.',
      'Дата источника, на котором основан статус; пусто, если более позднего источника нет.',
      'Date of the source the status rests on; empty when no later source exists.',
    ),
  },
  {
    field: 'status_sources',
    json: 'statusSources[]',
    meaning: T(
      'Мәртебе сүйенетін дереккөздер; CSV-де + арқылы.',
      'Источники, на которых основан статус; в CSV через +.',
      'The sources the status rests on; joined by + in CSV.',
    ),
  },
  {
    field: 'follow_ups',
    only: 'csv',
    meaning: T(
      'Кейінгі дәлелдер, әрқайсысы байланыс:дереккөз#үзінді түрінде, + арқылы (толығы JSON-да).',
      'Более поздние свидетельства, каждое как связь:источник#фрагмент, через + (полностью — в JSON).',
      'The later evidence, each as relation:source#segment, joined by + (in full in the JSON).',
    ),
  },
  {
    field: 'followUps[].relation',
    only: 'json',
    meaning: T(
      'Кейінгі мәтіннің ұсынымға қатысы: әрекет туралы хабарлайды, қайталайды немесе оған қайшы келеді.',
      'Как более поздний текст связан с рекомендацией: сообщает о действиях, повторяет её или противоречит ей.',
      'How the later text relates to it: reports action on it, repeats it, or contradicts it.',
    ),
    codes: followUpRelations,
  },
  {
    field: 'followUps[].source',
    only: 'json',
    meaning: T(
      'Дәлел бар кейінгі дереккөз.',
      'Более поздний источник со свидетельством.',
      'The later source holding the evidence.',
    ),
  },
  {
    field: 'followUps[].segment',
    only: 'json',
    meaning: T('Дәлел бар үзінді.', 'Фрагмент со свидетельством.', 'The passage holding the evidence.'),
  },
  {
    field: 'followUps[].quotes.{lang}',
    only: 'json',
    meaning: T(
      'Сол үзіндіден сөзбе-сөз дәйексөз, сол тілдегі нұсқада болса.',
      'Дословная цитата из этого фрагмента, если она есть в этой языковой версии.',
      'Verbatim quote from that passage, where that language version states it.',
    ),
  },
  {
    field: 'followUps[].note.{lang}',
    only: 'json',
    meaning: T(
      'Байланыс туралы біздің қысқа түсіндірмеміз.',
      'Наше краткое пояснение связи.',
      'Our short explanation of the link.',
    ),
  },
  {
    field: 'segment',
    meaning: T('Ұсынымды айтатын үзінді.', 'Фрагмент, где она сформулирована.', 'The passage that states it.'),
  },
  { field: 'url', meaning: T('Ұсыным бетінің мекенжайы.', 'Адрес страницы рекомендации.', 'Address of its page.') },
  {
    field: 'segmentUrl',
    only: 'json',
    meaning: T(
      'Ұсынымды айтатын үзіндінің мекенжайы.',
      'Адрес фрагмента, где она сформулирована.',
      'Address of the passage that states it.',
    ),
  },
  {
    field: 'text_{lang}',
    json: 'text.{lang}',
    meaning: T(
      'Ұсынымның мәтіні, сөзбе-сөз, дереккөзде сол тіл болса.',
      'Текст рекомендации дословно, если источник есть на этом языке.',
      'Its text, verbatim, in each language the source has.',
    ),
  },
];
