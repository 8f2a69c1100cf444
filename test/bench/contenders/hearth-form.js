// The feedback form alone, as a site that bundles only what it uses ships it (the npm package's
// define, with core and Lit; its on-demand chunks beside it): the same footing as SurveyJS's bundle.
import '@hearth/elements/feedback-form';
