// SurveyJS's smallest app bundle: the model (survey-core) and its framework-free UI (survey-js-ui).
export { Model } from 'survey-core';
export { renderSurvey } from 'survey-js-ui';
