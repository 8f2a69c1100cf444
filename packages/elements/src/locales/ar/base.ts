import type { BaseStrings } from '../en/base.js';

/**
 * Arabic strings every element shows (errors, crisis resources, quick exit, the disclaimer under a
 * widget), written right to left. A chunk of its own, loaded the first time an element shows
 * Arabic; typed as the English table, so the compiler lists a missing key.
 */
export const strings: BaseStrings = {
  'error.unexpected': 'حدث خطأ في هذا الجزء من الصفحة. باقي الصفحة ما زال يعمل.',
  'error.config': 'هذا الجزء من الصفحة غير مُعدّ بشكل صحيح:',

  'crisis.label': 'الدعم في الأزمات',
  'crisis.heading': 'إذا كنت بحاجة إلى المساعدة الآن',
  'crisis.universal': 'إذا كنت أنت أو شخص آخر في خطر مباشر، اتصل برقم الطوارئ المحلي.',
  'crisis.emergency': 'في حالة الطوارئ، اتصل بالرقم {number}.',
  'crisis.emergencyAlso': 'يمكنك أيضًا الاتصال بالرقم {numbers}.',
  'crisis.compactLead': 'هل تحتاج إلى مساعدة الآن؟',
  'crisis.compactEmergency': 'الطوارئ: {number}',
  'crisis.compactColon': ': ',
  'crisis.previewNoRegion':
    'للعيادة (يظهر في المعاينة فقط): لم تُحدَّد أي منطقة، لذلك لا يرى العملاء إلا عبارة «اتصل برقم الطوارئ المحلي». أضف منطقة، مثل region="US"، إلى <hearth-provider> لعرض خطوط الدعم في الأزمات لعملائك.',
  'crisis.call': 'اتصل بالرقم {number}',
  'crisis.text': 'أرسل رسالة نصية إلى الرقم {number}',
  'crisis.website': 'موقع {name} الإلكتروني',
  'crisis.newTab': '(يفتح في علامة تبويب جديدة)',
  'crisis.hours': 'ساعات العمل: {hours}',
  'crisis.languages': 'باللغات: {languages}',
  'crisis.answersIn': 'يُجيب باللغة {language}',
  'crisis.planLink': 'خطتي للأمان',
  'crisis.lines': {
    zero: 'لا توجد خطوط دعم',
    one: 'خط دعم واحد',
    two: 'خطا دعم',
    few: '{count} خطوط دعم',
    many: '{count} خطًا للدعم',
    other: '{count} خط دعم',
  },

  'quickExit.label': 'خروج سريع',
  'quickExit.hint': 'يغادر هذه الصفحة فورًا. يمكنك أيضًا الضغط على مفتاح Shift ثلاث مرات.',

  'disclaimer.text': 'هذه الأداة تدعم علاجك، ولا تحلّ محلّه.',
};
