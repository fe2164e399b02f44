// Cue phrases the stance features count, in English, Persian and Arabic. Written in any spelling: they are
// folded (text.ts foldPattern) before matching, and matched as whole words. Arabic proclitics (و ف ب ل) are optional.

const AR = '(?:و|ف|ب|ل)?';

export const CUES = {
  /** An act of denying or rejecting something. */
  denyVerb: [
    'den(?:y|ies|ied|ying|ial|ials)', 'reject(?:s|ed|ing)?', 'dismiss(?:es|ed|ing)?', 'refut(?:e|es|ed|ing)',
    'rebut(?:s|ted)?', 'debunk(?:s|ed|ing)?', 'disput(?:e|es|ed|ing)', 'contradict(?:s|ed)?', 'retract(?:s|ed)?',
    'clarif(?:y|ies|ied)', 'not confirm(?:ed)?', 'rebuff(?:s|ed)?', 'shoots? down (?:\\w+ ){0,3}(?:claims?|reports?|rumou?rs?|stor(?:y|ies)|assertions?)',
    'shot down (?:\\w+ ){0,3}(?:claims?|reports?|rumou?rs?|stor(?:y|ies)|assertions?)', 'walk(?:s|ed)? back', 'calls? (?:\\w+ ){0,6}(?:false|untrue|fake|lies?|baseless)',
    'تکذیب(?: کرد| شد| می ?کند)?', 'رد کرد', 'رد شد', 'رد ادعا', 'رد ادعای', 'نادرست خواند', 'کذب خواند', 'انکار',
    `${AR}نفی`, `${AR}نفت`, 'ینفی', 'تنفی', 'نفیا', `${AR}تکذیب`, 'یکذب', 'کذبت', 'دحض', 'فند', 'ینفون', 'رفض', 'رفضت', 'ینکر', `${AR}انکر`, `${AR}انکرت`,
  ],
  /** Words that call the content false or invented. */
  falsity: [
    'false(?:ly)?', 'untrue', 'not true', 'isn\'t true', 'wasn\'t true', 'fake', 'hoax(?:es)?', 'baseless',
    'groundless', 'fabricat(?:ed|ion|ions)', 'made up', 'no evidence', 'no such', 'no truth', 'never happened',
    'did not happen', 'didn\'t happen', 'misleading', 'satir(?:e|ical)', 'myth', 'bogus', 'nonsense', 'lies',
    'doctored', 'photoshopped', 'faked', 'staged', 'inaccurate', 'erroneous(?:ly)?', 'pants on fire',
    'made (?:it|this|that|everything|the (?:\\w+ )?story) (?:all )?up', 'debunked', 'incorrect', 'unfounded', 'not real', 'isn\'t real', 'wasn\'t real',
    // "no doubt that X" vouches for X.
    '(?<!(?:no|little|without|beyond) )doubts?', 'doubtful', 'casts? doubt', 'raises? doubts?', 'exaggerated', 'put to rest', 'nope', 'libel',
    'too good to check', 'alive and well', 'safe and sound',
    // Debunking narrative: the article calls the story unlikely or explains it away.
    'skeptic(?:al|s)?', 'sceptic(?:al|s)?', 'far ?fetched', 'implausible', 'not plausible', 'misinformation',
    'disinformation', 'spoof', 'parody', 'urban legend', 'record straight', 'clear(?:s|ed)? the record',
    'no proof', 'not so sure', 'aren t so sure', 'bullshit', 'scam', 'conspiracy theor(?:y|ies)', 'mix ?up',
    'misunderst(?:ood|anding)', 'misreport(?:ed|ing)?', 'not actually', 'wasn t actually', 'mistaken(?:ly)?',
    'کذب', 'دروغ', 'جعلی', 'ساختگی', 'بی ?اساس', 'بی ?پایه', 'نادرست', 'صحت ندارد', 'واقعیت ندارد', 'غیرواقعی',
    'غیر واقعی', 'شایعه', 'شایعات', 'صحت نداشت', 'اساسی ندارد', 'فیک',
    'عار عن الصحه', 'لا اساس له(?:ا)?', 'غیر صحیح(?:ه)?', 'مزیف(?:ه)?', 'مفبرک(?:ه)?', `${AR}(?:ال)?شایعه`,
    `${AR}(?:ال)?شایعات`, 'اشاعه', 'اشاعات', 'کاذب(?:ه)?', 'اکذوبه', 'ملفق(?:ه)?', 'لا صحه',
  ],
  /** Hedges: the text passes the content on without vouching for it. */
  hedge: [
    'reported(?:ly)?', 'alleged(?:ly)?', 'claim(?:s|ed|ing)?', 'rumou?r(?:s|ed)?', 'may', 'might', 'could',
    'possibl[ey]', 'apparent(?:ly)?', 'appears?', 'seems?', 'suggests?', 'purported(?:ly)?', 'unconfirmed',
    'unverified', 'said to', 'believed to', 'thought to', 'report', 'reports', 'if', 'whether', 'according to',
    'sources?', 'speculat(?:e|es|ed|ion)', 'supposedly', 'questions?', 'investigat(?:e|es|ed|ing|ion)', 'viral', 'purports?', 'probabl[ey]', 'likely',
    'predict(?:s|ed|ions?)?', 'expect(?:s|ed)?', 'accus(?:e|es|ed|ing|ations?)', 'suspect(?:s|ed)?', 'mystery', 'unclear', 'confusion',
    'گویا', 'ظاهرا', 'احتمالا', 'احتمال', 'ادعا', 'ادعای', 'مدعی', 'گفته می ?شود', 'ممکن است', 'شاید', 'گزارش',
    'منابع', 'بررسی', 'پیگیری', 'ماجرای', 'حاشیه', 'واکنش', 'پیش ?بینی', 'متهم', 'ابهام', 'مبهم',
    'ربما', 'قد', 'یحتمل', 'احتمال', 'مزاعم', 'یزعم', 'زعم', 'انباء', 'تقاریر', 'بحسب', 'وفقا', 'یعتقد', 'مصادر', 'یتوقع', 'متوقع', `${AR}اتهم`, 'اتهام', 'یشتبه', 'غموض', `${AR}(?:ال)?مزعوم(?:ه)?`,
  ],
  /** Attribution verbs: someone said something. */
  say: [
    'said', 'says', 'say', 'told', 'stated', 'announced', 'added', 'according to', 'wrote', 'tweeted', 'insisted',
    'گفت', 'می ?گوید', 'اعلام کرد', 'اظهار کرد', 'خبر داد', 'به گزارش', 'افزود', 'عنوان کرد', 'تصریح کرد', 'نوشت',
    `${AR}قال`, `${AR}قالت`, 'یقول', `${AR}اعلن`, `${AR}اعلنت`, `${AR}افاد`, `${AR}ذکر`, `${AR}صرح`, 'اضاف',
  ],
  /** The text vouches for the content. */
  confirm: [
    'confirm(?:s|ed|ing|ation)?', 'prov(?:e|es|ed|en)', 'proof', 'reveal(?:s|ed)?', 'official(?:ly)?', 'indeed',
    'actually', 'verified', 'admit(?:s|ted)?', 'acknowledg(?:e|es|ed)', 'true', 'real', 'really',
    'تایید کرد', 'تایید شد', 'رسما', 'رسمی', 'تاکید کرد', 'قطعی', 'ثابت شد', 'واقعیت دارد', 'صحت دارد',
    `${AR}اکد`, 'یوکد', 'تاکید', 'رسمیا', 'ثبت', 'حقیقه', 'صحیح',
  ],
  /** Contrast: "but", "however" turn an article from the story told to what the writer holds of it. */
  contrast: [
    'but', 'however', 'though', 'although', 'yet', 'despite', 'instead', 'in fact', 'turns? out', 'turned out',
    'contrary', 'rather than', 'while',
    'اما', 'ولی', 'با این حال', 'در حالی که', 'برخلاف', 'بلکه', 'در واقع',
    'لکن', 'ولکن', 'غیر ان', 'الا ان', 'بینما', 'رغم', 'بل', 'فی الواقع',
  ],
  negation: [
    'not', 'no', 'never', 't', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'refus(?:e|es|ed)',
    // Persian negates verbs with a prefix; ZWNJ is folded away, so "نمی‌شود" is one word starting "نمی".
    'نه', 'نیست[^ ]*', 'نبود[^ ]*', 'هیچ', 'بدون', 'عدم', 'هرگز', 'نمی[^ ]*', 'نخواه[^ ]*', 'نکرد[^ ]*', 'نشد[^ ]*',
    'ندار[^ ]*', 'نداشت[^ ]*', 'نباید', 'نتوان[^ ]*',
    `${AR}لا`, `${AR}لم`, `${AR}لن`, `${AR}لیس`, `${AR}لیست`, `${AR}غیر`, 'بدون', 'عدم', 'دون', 'ابدا',
  ],
} as const;

export type CueKind = keyof typeof CUES;

/** Word pairs whose swap contradicts a claim (either direction). Folded before use. */
export const ANTONYMS: readonly (readonly [string, string])[] = [
  ['rise', 'fall'], ['rises', 'falls'], ['rose', 'fell'], ['increase', 'decrease'], ['increased', 'decreased'],
  ['up', 'down'], ['higher', 'lower'], ['more', 'less'], ['gain', 'loss'], ['win', 'lose'], ['won', 'lost'],
  ['alive', 'dead'], ['accept', 'reject'], ['accepted', 'rejected'], ['open', 'closed'], ['allow', 'ban'],
  ['allowed', 'banned'], ['approve', 'reject'], ['approved', 'rejected'], ['support', 'oppose'],
  ['supports', 'opposes'], ['true', 'false'], ['success', 'failure'], ['arrested', 'released'], ['start', 'end'],
  ['married', 'divorced'], ['killed', 'alive'], ['dead', 'alive'], ['died', 'alive'], ['captured', 'safe'],
  ['kidnapped', 'safe'], ['stolen', 'safe'], ['missing', 'found'], ['beheaded', 'alive'], ['arrested', 'freed'],
  ['افزایش', 'کاهش'], ['بالا', 'پایین'], ['بیشتر', 'کمتر'], ['پیروزی', 'شکست'], ['موافقت', 'مخالفت'],
  ['حمایت', 'مخالفت'], ['باز', 'بسته'], ['آزاد', 'بازداشت'], ['قبول', 'رد'], ['زنده', 'کشته'], ['صعود', 'سقوط'],
  ['ارتفاع', 'انخفاض'], ['زیاده', 'نقص'], ['یرتفع', 'ینخفض'], ['ارتفع', 'انخفض'], ['فوز', 'خساره'], ['اکثر', 'اقل'],
  ['یقبل', 'یرفض'], ['فتح', 'اغلاق'], ['یدعم', 'یعارض'], ['نجاح', 'فشل'], ['حرب', 'سلام'], ['قبل', 'بعد'],
  ['شمال', 'جنوب'], ['شرق', 'غرب'], ['اعلی', 'ادنی'], ['یسمح', 'یمنع'], ['موافقه', 'رفض'], ['ربح', 'خساره'],
  ['تقدم', 'تراجع'], ['صعود', 'هبوط'], ['ارتفاع', 'تراجع'], ['زیاده', 'تراجع'], ['زیاده', 'انخفاض'], ['یتجاوز', 'یقل'],
  ['تفوق', 'تعجز'], ['براءه', 'اعدام'], ['حیا', 'میت'], ['کبیر', 'صغیر'], ['اول', 'اخر'], ['جدید', 'قدیم'],
];

/** Function words ignored when measuring how much of a claim a text repeats. */
export const STOPWORDS = new Set(
  (
    'a an the of to in on for and or it its is are was were be been by with that this these those from as at ' +
    'has have had will would can could should may might do does did he she they we you i his her their our ' +
    'who what which when where how than then there here into over after before about up out more most also ' +
    'just not no new says said say told one two amid' +
    ' و در به از که این آن با را برای تا است بود شد می هم یا اما نیز خود یک های ها کرد کند شده دارد باید ' +
    'بر پس اگر چه هر ای او آنها ما ' +
    ' فی من علی الی عن مع هذا هذه ذلک التی الذی ان او ما لا کان قد بعد بین عند کل هو هی'
  ).split(/\s+/).filter(Boolean),
);
