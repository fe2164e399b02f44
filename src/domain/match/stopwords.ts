// Function words that carry no claim identity, in the normalised spelling (normalizeText) of en/fa/ar.
// Negations are here on purpose: whether an item affirms or negates a claim is the stance judge's question.
import { normalizeText } from '../normalize/index.js';

const ENGLISH = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he
her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or
other our ours out over own same she should so some such than that the their them then there these they this those
through to too under until up very was we were what when where which while who whom why will with would you your
s t d ll re ve m don didn doesn won wouldn isn aren wasn weren hasn haven hadn shouldn couldn can't said says say
told tells according new news also amid via per since yet still even one two three first last year years
week weeks day days today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday`;
/** The filler of posts and quotes ("I just can't believe", "you know what"): common in items, empty as evidence. */
const ENGLISH_CONVERSATIONAL = `us ain mightn mustn needn shan ma o y like just get got gets getting make makes made know knows
think really want wants going go goes went come comes came let lets see seen look looks way well back much many every
ever never always anyone everyone someone something anything everything nothing thing things lot lol im ive dont
doesnt didnt cant wont isnt thats whats theres youre`;
const PERSIAN = `و در به از که این آن با را برای تا است بود شد شده می نمی هم یا اما اگر بر هر چه چون خود ما من تو او
ایشان آنها ها های ای یک دو سه نیز ولی پس پیش بین روی زیر کرد کرده کند کنند کنیم داد دارد داشت دارند گفت گفته
خواهد باید بی همه هیچ نه نیست نبود هست بوده شود شوند دیگر چنین چنان همین همان وی اینکه آنکه امروز دیروز گزارش`;
const ARABIC = `و في من إلى الى على عن أن ان إن لا لم لن ما هذا هذه ذلك تلك التي الذي الذين هو هي هم كان كانت يكون قد
مع عند بعد قبل بين كل أو او ثم حتى إذا اذا لكن بل غير أي هل كما منذ خلال حول ضد أيضا ايضا وقال قال قالت يوم اليوم`;

export const STOPWORDS: ReadonlySet<string> = new Set(
  [ENGLISH, ENGLISH_CONVERSATIONAL, PERSIAN, ARABIC].flatMap((list) => list.split(/\s+/).flatMap((w) => normalizeText(w).split(' '))).filter(Boolean),
);
