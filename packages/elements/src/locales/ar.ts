import type { UiStrings } from './en.js';

/** Arabic UI strings (rendered right to left). */
export const ar: UiStrings = {
  'error.unexpected': 'حدث خطأ في هذا الجزء من الصفحة. باقي الصفحة ما زال يعمل.',
  'error.config': 'هذا الجزء من الصفحة غير مُعدّ بشكل صحيح:',

  'crisis.label': 'الدعم في الأزمات',
  'crisis.heading': 'إذا كنت بحاجة إلى المساعدة الآن',
  'crisis.universal': 'إذا كنت أنت أو شخص آخر في خطر مباشر، اتصل برقم الطوارئ المحلي.',
  'crisis.emergency': 'في حالة الطوارئ، اتصل بالرقم {number}.',
  'crisis.emergencyAlso': 'يمكنك أيضًا الاتصال بالرقم {numbers}.',
  'crisis.compactLead': 'هل تحتاج إلى مساعدة الآن؟',
  'crisis.compactEmergency': 'الطوارئ: {number}',
  'crisis.call': 'اتصل بالرقم {number}',
  'crisis.text': 'أرسل رسالة نصية إلى {number}',
  'crisis.website': 'الموقع الإلكتروني لـ {name}',
  'crisis.newTab': '(يفتح في علامة تبويب جديدة)',
  'crisis.hours': 'ساعات العمل: {hours}',
  'crisis.languages': 'باللغات: {languages}',
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
};
