import type { FeedbackFormStrings } from '../en/feedback-form.js';
import { strings as base } from './base.js';

/**
 * Arabic strings of the feedback form, written right to left. A chunk of its own, loaded the first
 * time an element shows Arabic; typed as the English table, so the compiler lists a missing key.
 */
export const strings: FeedbackFormStrings = {
  ...base,
  'feedback.optional': '(اختياري)',
  'feedback.anchors': '{min} تعني {minLabel}. {max} تعني {maxLabel}.',
  'feedback.notSet': 'لم يتم الاختيار بعد. المس الخط أو استخدم مفاتيح الأسهم.',
  'feedback.sliderValue': '{value} من {max}',
  'feedback.characters': 'عدد الأحرف: {count} من {max}',
  'feedback.submit': 'إرسال',
  'feedback.sendLoadFailed': 'لم يُرسَل: تعذّر تحميل جزء من هذا النموذج. تحقّق من اتصالك، ثم اضغط «إرسال» مرة أخرى. ما زالت إجاباتك هنا.',
  'feedback.problems': {
    zero: 'لا توجد مشكلات في إجاباتك',
    one: 'توجد مشكلة واحدة في إجاباتك',
    two: 'توجد مشكلتان في إجاباتك',
    few: 'توجد {count} مشكلات في إجاباتك',
    many: 'توجد {count} مشكلة في إجاباتك',
    other: 'توجد {count} مشكلة في إجاباتك',
  },
  'feedback.errorChoose': 'اختر إجابة عن سؤال «{question}»',
  'feedback.errorMulti': 'اختر إجابة واحدة على الأقل عن سؤال «{question}»',
  'feedback.errorSlider': 'اختر نقطة على الخط للإجابة عن سؤال «{question}»',
  'feedback.errorText': 'اكتب إجابة عن سؤال «{question}»',
  'feedback.errorPrefix': 'خطأ:',
  'feedback.sliderHint': 'يبقى كل خط بلا إجابة حتى تختار: المس الخط عند موضع إجابتك، أو استخدم مفاتيح الأسهم.',
  'feedback.flagNote': 'هذا النموذج لا ينبّه أحدًا، ولا يقرؤه أحد فورًا. إذا لم تكن في أمان أو كنت بحاجة إلى التحدث مع أحد الآن، فاطلب المساعدة:',
  'feedback.anonymous': 'لا يُرسل اسمك مع هذه الإجابات.',
  'feedback.noneNote': 'لا يُحفظ شيء على هذا الجهاز: إذا أغلقت هذه الصفحة قبل الإرسال، تضيع إجاباتك.',
  'feedback.notSaved': 'تعذّر حفظ إجاباتك على هذا الجهاز: {reason} ما زالت هنا.',
  'feedback.otherTab': 'تم تغيير هذه الإجابات أيضًا في علامة تبويب أخرى. التغييرات في الاثنتين محفوظة هنا.',
  'feedback.totalLabel': 'المجموع',
  'feedback.draftSaved': 'محفوظ على هذا الجهاز حتى ترسله.',

  // Sending and the thank-you state (feedback-send.ts, loaded on the first "Send" or when an endpoint is set).
  'feedback.sending': 'جارٍ إرسال إجاباتك…',
  'feedback.queued': 'لم تُرسل إجاباتك بعد، لكنها محفوظة على هذا الجهاز. سنواصل المحاولة، وسنحاول أيضًا عندما تفتح هذه الصفحة في المرة القادمة. {reason}',
  'feedback.failed': 'لم تُرسل إجاباتك: {reason} ما زالت هنا.',
  'feedback.retry': 'حاول مرة أخرى',
  'feedback.thanks': 'شكرًا لك على رأيك.',
  'feedback.sendAnother': 'إرسال نموذج آخر',
  'feedback.earlierQueued': 'هناك إجابات قدمتها سابقًا تنتظر الإرسال. سنواصل المحاولة.',
  'feedback.earlierSent': 'أُرسلت الإجابات التي قدمتها سابقًا.',
};
