import type { CopingCardStrings } from '../en/coping-card.js';
import { strings as base } from './base.js';

/**
 * Arabic strings of the coping card, written right to left. A chunk of its own, loaded the first
 * time an element shows Arabic; typed as the English table, so the compiler lists a missing key.
 */
export const strings: CopingCardStrings = {
  ...base,
  'coping.whenToUse': 'متى تستخدمها',
  'coping.steps': 'الخطوات',
  'coping.approach': 'مصدرها',
  'coping.startBreathing': 'ابدأ التنفس',
  'coping.startSteps': 'خطوة بخطوة',
  'coping.startTimer': 'ابدأ المؤقت',
  'coping.stop': 'إيقاف',
  'coping.phaseIn': 'شهيق',
  'coping.phaseHold': 'احبس نفسك',
  'coping.phaseOut': 'زفير',
  'coping.phaseRest': 'استرح',
  'coping.phaseAnnounce': {
    zero: '{phase}',
    one: '{phase} لمدة ثانية واحدة',
    two: '{phase} لمدة ثانيتين',
    few: '{phase} لمدة {count} ثوانٍ',
    many: '{phase} لمدة {count} ثانية',
    other: '{phase} لمدة {count} ثانية',
  },
  'coping.paused': 'متوقف مؤقتًا. اضغط متابعة عندما تكون مستعدًا.',
  'coping.complete': 'أحسنت. لقد أنهيت التمرين.',
  'coping.stopped': 'توقف التمرين. يمكنك البدء من جديد متى شئت.',
  'coping.checkIn': 'لحظة مراجعة: هل خفّت الرغبة؟',
  'coping.ratedHelpful': 'تم التسجيل: هذه تساعدك.',
  'coping.hiddenLine': '{title} مخفية.',
  'coping.showAgain': 'أظهرها مجددًا',
  'coping.removeStep': 'إزالة: {step}',
  'coping.deckLabel': 'استراتيجيات التأقلم',
  'coping.deckPrev': 'الاستراتيجية السابقة',
  'coping.deckNext': 'الاستراتيجية التالية',
  'coping.deckPosition': 'الاستراتيجية {current} من {total}: {title}',
  'coping.hiddenCount': {
    zero: 'لا توجد استراتيجيات مخفية',
    one: 'استراتيجية مخفية واحدة',
    two: 'استراتيجيتان مخفيتان',
    few: '{count} استراتيجيات مخفية',
    many: '{count} استراتيجية مخفية',
    other: '{count} استراتيجية مخفية',
  },
  'coping.allHidden': 'لقد أخفيت كل الاستراتيجيات هنا.',
  'coping.loading': 'جارٍ التحميل…',

  // The guided exercise: the step walk, breathing, the timer (exercise-view.ts, loaded on first use).
  'coping.next': 'الخطوة التالية',
  'coping.back': 'الخطوة السابقة',
  'coping.finish': 'إنهاء',
  'coping.stepOf': 'الخطوة {current} من {total}',
  'coping.pause': 'إيقاف مؤقت',
  'coping.resume': 'متابعة',
  'coping.round': 'الجولة {current} من {total}',
  'coping.pausedHidden': 'توقف مؤقتًا لأن الصفحة لم تكن ظاهرة. اضغط متابعة عندما تكون مستعدًا.',
  'coping.timeLeft': {
    zero: 'أقل من دقيقة',
    one: 'بقيت دقيقة واحدة',
    two: 'بقيت دقيقتان',
    few: 'بقيت {count} دقائق',
    many: 'بقيت {count} دقيقة',
    other: 'بقيت {count} دقيقة',
  },
  'coping.underAMinute': 'بقيت أقل من دقيقة',
  'coping.checkInYes': 'نعم، خفّت',
  'coping.checkInNo': 'ليس بعد، سأستمر',

  // Rating, saving, own steps, printing (coping-choices.ts).
  'coping.helped': 'ساعدني هذا',
  'coping.notForMe': 'ليس مناسبًا لي',
  'coping.didThatHelp': 'هل ساعدك هذا؟',
  'coping.save': 'احفظ في قائمتي',
  'coping.saved': 'محفوظة في قائمتي',
  'coping.addStepLabel': 'أضف خطوة خاصة بك',
  'coping.addStep': 'أضف الخطوة',
  'coping.print': 'اطبع بطاقة للجيب',
  'coping.keptOnDevice': 'اختياراتك محفوظة على هذا الجهاز فقط.',
  'coping.notSaved': 'لم يُحفظ: {reason} ما زال يعمل في هذه الصفحة.',
};
