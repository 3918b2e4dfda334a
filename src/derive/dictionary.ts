/**
 * The data dictionary of the figure downloads: every column of `/data/figures.csv` (and key of
 * `/data/figures.json`), with its meaning in kk, ru and en, and the codes a column may hold.
 * Shown on the About page and published as `/data/dictionary.json`.
 */
import { coverageKinds, countedThings, datings } from '../schemas/figure';
import { breakdownTags } from '../schemas/figure';
import type { Locale } from '../i18n/locales';

type Text = Record<Locale, string>;
export interface DictionaryEntry {
  /** Column name; `_{lang}` stands for one column per language (`_kk`, `_ru`, `_en`). */
  field: string;
  meaning: Text;
  /** The codes the column may hold, when it holds codes. */
  codes?: readonly string[];
}

const T = (kk: string, ru: string, en: string): Text => ({ kk, ru, en });

export const figureDictionary: DictionaryEntry[] = [
  {
    field: 'id',
    meaning: T('Көрсеткіштің тұрақты идентификаторы.', 'Постоянный идентификатор показателя.', 'Permanent id of the figure.'),
  },
  { field: 'source', meaning: T('Дереккөз идентификаторы.', 'Идентификатор источника.', 'Source id.') },
  { field: 'metric', meaning: T('Көрсеткіш түрінің идентификаторы.', 'Идентификатор метрики.', 'Metric id.') },
  {
    field: 'metric_{lang}',
    meaning: T('Метриканың атауы (kk, ru, en).', 'Название метрики (kk, ru, en).', 'Metric name (kk, ru, en).'),
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
    meaning: T('Метриканың әдепкі бірлігі.', 'Единица метрики по умолчанию.', 'The metric’s default unit.'),
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
    meaning: T(
      'Ішкі топтың идентификаторы; бос — бүкіл Қазақстан.',
      'Идентификатор подмножества; пусто — весь Казахстан.',
      'Subset id; empty for all of Kazakhstan.',
    ),
  },
  { field: 'scope_{lang}', meaning: T('Ішкі топтың атауы.', 'Название подмножества.', 'Name of the subset.') },
  {
    field: 'role',
    meaning: T(
      'total — жалпы сан; part — басқа көрсеткіштің бөлігі (екі рет қоспаңыз).',
      'total — общее число; part — часть другого показателя (не суммируйте дважды).',
      'total, or part of another figure (do not add it twice).',
    ),
    codes: ['total', 'part'],
  },
  {
    field: 'part_of',
    meaning: T(
      'Бөлігі болып табылатын көрсеткіштің id-і.',
      'id показателя, частью которого является.',
      'Id of the figure this is a part of.',
    ),
  },
  {
    field: 'range_bound',
    meaning: T(
      'Ауқымның қай шегі: lower немесе upper.',
      'Какая граница диапазона: lower или upper.',
      'Which end of a stated range: lower or upper.',
    ),
    codes: ['lower', 'upper'],
  },
  { field: 'range_of_{lang}', meaning: T('Ауқым кімге қатысты.', 'К кому относится диапазон.', 'Whom the range describes.') },
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
    meaning: T(
      'true — толық жылдағы ел бойынша жалпы сан.',
      'true — общее число по стране за полный год.',
      'true for national whole-year totals in the metric’s unit.',
    ),
  },
  { field: 'segment', meaning: T('Санды айтатын үзінді.', 'Фрагмент, где названо число.', 'The passage that states it.') },
  { field: 'url', meaning: T('Үзіндінің мекенжайы.', 'Адрес фрагмента.', 'Address of the passage.') },
  { field: 'quote_{lang}', meaning: T('Сөзбе-сөз дәйексөз.', 'Дословная цитата.', 'Verbatim quote.') },
  { field: 'note_{lang}', meaning: T('Біздің ескертпеміз.', 'Наше примечание.', 'Our note.') },
];
