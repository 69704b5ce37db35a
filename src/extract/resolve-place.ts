/**
 * PlaceMention[] + the article's context → coordinates and ACLED geo precision for each mention, with the ranked
 * candidates and the reason for the choice. Mentions with one clear candidate are resolved first; their places then
 * help choose among the namesakes of the others (nearness, a shared province). Each mention resolves on its own:
 * an unknown name never drops the others.
 */
import { distanceKm, isInside, offsetPoint, rankPlaces, type ChoiceContext, type Gazetteer, type Place, type PlaceChoice } from '../gazetteer/index.js';
import type { Span } from '../text/index.js';
import type { PlaceMention } from './place-mention.js';

export interface ResolvedPlace {
  location: string;
  locationAr: string;
  admin1: string | null;
  country: string;
  latitude: number;
  longitude: number;
  precision: 1 | 2 | 3;
  radiusKm: number | null;
  placeId: number;
  /** The kind of the place it stands at: a country-wide place says little about which event it is. */
  kind: Place['kind'];
  span: Span;
  reason: string;
  /** Every candidate, best first; empty for a place given only by its relation to another. */
  choices: PlaceChoice[];
}

export interface PlaceContext {
  gazetteer: Gazetteer;
  countryWeights: ReadonlyMap<string, number>;
  topCountry: string | null;
  covered: ReadonlySet<string>;
  mentionText: (m: PlaceMention) => { text: string; span: Span };
}

/** A lead this large over the runner-up (or no runner-up) makes a mention certain enough to guide the others. */
const CLEAR_MARGIN = 2;
/** How far after a place a province word ("بريف حلب", "في محافظة مأرب") still tells which namesake is meant. */
const HIERARCHY_REACH = 4;

export function resolvePlaces(mentions: readonly PlaceMention[], ctx: PlaceContext): Map<PlaceMention, ResolvedPlace> {
  const base = (m: PlaceMention, neighbours: readonly Place[], within: Place | null): ChoiceContext => ({
    countryWeights: ctx.countryWeights, covered: ctx.covered, neighbours, within, kind: kindAskedBy(m), country: m.statedCountry,
  });
  const firstPass = new Map(mentions.map((m) => [m, m.candidates ? rankPlaces(m.candidates, base(m, [], null)) : []]));
  const neighbours = [...firstPass.values()].filter((r) => r.length === 1 || (r.length > 1 && r[0]!.score - r[1]!.score >= CLEAR_MARGIN)).map((r) => r[0]!.place);
  const provinceOf = new Map(
    mentions.map((m) => {
      const province = mentions.find((o) => o.first > m.last && o.first - m.last <= HIERARCHY_REACH && (o.cue?.kind === 'province' || o.cue?.kind === 'countryside'));
      return [m, province ? (firstPass.get(province)?.[0]?.place ?? null) : null];
    }),
  );
  const ranked = new Map(mentions.map((m) => [m, m.candidates ? rankPlaces(m.candidates, base(m, neighbours, provinceOf.get(m)!)) : []]));
  // A pick may fix its own precision (a province standing in for a village it lacks).
  const pick = (m: PlaceMention): (PlaceChoice & { precision?: 3 }) | null => {
    const best = ranked.get(m)?.[0];
    const province = provinceOf.get(m)!;
    // "بلدة بني قيس في محافظة حجة" with no Bani Qais in Hajjah: the province, not a namesake elsewhere.
    if (province && (!best || !isInside(best.place, province))) {
      return { place: province, score: 0, precision: 3, reason: `no "${m.key}" in ${province.admin1 ?? province.name} in the gazetteer: coded to the province the text names` };
    }
    if (best && !isStranger(best.place, m)) return best;
    // "العاصمة البريطانية، لندن": the country named right after the word is the one whose capital is meant.
    const country = m.statedCountry ?? ctx.topCountry;
    const capital = m.cue?.kind === 'capital' && country ? ctx.gazetteer.capital(country) : undefined;
    return capital ? { place: capital, score: 0, reason: `the capital of ${country}, ${m.statedCountry ? 'the country named with it' : "the article's country"}` } : null;
  };

  // "مدينة البور" in an article about Somalia: a small namesake far off in a country nothing else in the text
  // points to (no name, no actor) is not the place; better the article's country than a pin 1,600 km away.
  const isStranger = (place: Place, m: PlaceMention): boolean => {
    // Places beyond the covered region pass stricter support rules already (a sizeable city, spelled whole).
    if (!ctx.topCountry || !ctx.covered.has(place.country) || place.country === ctx.topCountry || place.country === m.statedCountry || isWorldKnown(place)) return false;
    // Only an article whose own country is named (or its forces) tells what is far from it.
    if ((ctx.countryWeights.get(ctx.topCountry) ?? 0) < STRANGER_WEIGHT || (ctx.countryWeights.get(place.country) ?? 0) >= STRANGER_WEIGHT) return false;
    const home = [ctx.gazetteer.countryPlace(ctx.topCountry), ...neighbours.filter((n) => n.id !== place.id)];
    return home.every((h) => distanceKm(h.latitude, h.longitude, place.latitude, place.longitude) > STRANGER_KM);
  };

  const out = new Map<PlaceMention, ResolvedPlace>();
  for (const m of mentions) {
    const { text, span } = ctx.mentionText(m);
    const anchor = m.relation && pick(m.relation.anchor);
    // "حي الفرسان شمالي مدينة درنة": a namesake of a small place far from the place the text measures it from is
    // another place ("مدينة كركوك شمال بغداد" is a town described, 240 km away).
    const found = pick(m);
    const isSmall = m.cue?.kind === 'neighbourhood' || m.cue?.kind === 'village' || m.cue?.kind === 'camp';
    const own = found && isSmall && anchor && m.relation && !isWithinReach(found.place, anchor.place, m.relation.km) ? null : found;
    const other = m.between && pick(m.between);
    if (own && other) {
      const [a, b] = [own.place, other.place];
      const half = Math.round(distanceKm(a.latitude, a.longitude, b.latitude, b.longitude) / 2);
      const reason = `between ${a.name} and ${b.name}: the midpoint, ${half} km from each`;
      out.set(m, { ...fromPlace(a, text, span, 2, half, reason, ranked.get(m) ?? []), latitude: (a.latitude + b.latitude) / 2, longitude: (a.longitude + b.longitude) / 2, location: `${a.name} - ${b.name}` });
      continue;
    }
    if (own) {
      out.set(m, fromPlace(own.place, text, span, own.precision ?? precisionOf(m, own.place), null, own.reason, ranked.get(m) ?? []));
      continue;
    }
    if (anchor && m.relation) {
      const { km, bearing } = m.relation;
      const a = anchor.place;
      const point = km !== null && bearing !== null && bearing >= 0 ? offsetPoint(a.latitude, a.longitude, km, bearing) : a;
      const reason = `"${text}" is not in the gazetteer; placed ${km !== null && bearing !== null ? `${km} km on bearing ${bearing}° from` : 'near'} ${a.name}`;
      out.set(m, { ...fromPlace(a, text, span, 2, km, reason, []), latitude: point.latitude, longitude: point.longitude, location: text });
    }
  }
  // The same unknown name met again without its description: reuse the first resolution.
  const byKey = new Map<string, ResolvedPlace>();
  for (const [m, r] of out) if (!byKey.has(m.key)) byKey.set(m.key, r);
  for (const m of mentions) {
    const known = !out.has(m) && byKey.get(m.key);
    if (known) out.set(m, { ...known, span: ctx.mentionText(m).span });
  }
  return out;
}

/** Below this weight a country is pointed to only by namesakes of the article's place names, not by a name or an actor. */
const STRANGER_WEIGHT = 1;
/** How far from the article's country (its centre, or any place already resolved without doubt) a stranger lies. */
const STRANGER_KM = 1000;

/** A capital or a city of a million: named anywhere, it is meant, whatever the article is about. */
function isWorldKnown(place: Place): boolean {
  return place.featureCode === 'PPLC' || place.population >= WORLD_CITY_POPULATION;
}
const WORLD_CITY_POPULATION = 1_000_000;

/** How far from its anchor a place said to lie beside it ("شمال X") may be: the distance given, or a district's reach. */
const RELATIVE_REACH_KM = 60;

function isWithinReach(place: Place, anchor: Place, km: number | null): boolean {
  // "جنوبي ليبيا", "شمال محافظة حجة": a country or a province spans too much to rule a namesake out.
  if (anchor.kind !== 'locality') return true;
  return distanceKm(place.latitude, place.longitude, anchor.latitude, anchor.longitude) <= (km ?? 0) + RELATIVE_REACH_KM;
}

/** The kind of place a mention's cue asks for: "ولاية زابل" is a province, "مدينة زابل" a town. */
export function kindAskedBy(m: PlaceMention): Place['kind'] | null {
  switch (m.cue?.kind) {
    case 'province':
      return 'region';
    case 'city':
    case 'town':
    case 'village':
      return 'locality';
    case 'district':
      return 'county';
    default:
      return null;
  }
}

/**
 * Near or relative → 2; a province, named as such or being one, → 3 (its centre); a district alone → 2. A cue
 * never makes a place more precise than its centre is: "منطقة القصيم" is still a province.
 */
function precisionOf(m: PlaceMention, place: Place): 1 | 2 | 3 {
  if (place.kind === 'country') return 3;
  if (m.isNear) return 2;
  const own = place.kind === 'region' ? 3 : place.kind === 'county' ? 2 : 1;
  return m.cue ? (Math.max(m.cue.precision, own) as 1 | 2 | 3) : own;
}

function fromPlace(place: Place, text: string, span: Span, precision: 1 | 2 | 3, radiusKm: number | null, reason: string, choices: PlaceChoice[]): ResolvedPlace {
  return {
    location: place.name,
    locationAr: text,
    admin1: place.admin1,
    country: place.country,
    latitude: place.latitude,
    longitude: place.longitude,
    precision,
    radiusKm,
    placeId: place.id,
    kind: place.kind,
    span,
    reason,
    choices,
  };
}
