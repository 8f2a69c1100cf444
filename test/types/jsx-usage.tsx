// Type-checked by test/e2e/editor-support.e2e.mjs against the built packages: what a TSX user
// writes with `import '@hearth/elements/jsx'`. Each `@ts-expect-error` must be an error, so a
// JSX type that stopped checking would fail the test.
import '@hearth/elements/jsx';

export function Page() {
  return (
    <hearth-provider region="GB" practice-name="Willow Tree Counselling" config={{ storage: 'session' }}>
      <hearth-crisis-resources heading-level={3}></hearth-crisis-resources>
      <hearth-coping-card
        strategies="box-breathing grounding-54321"
        storage="local"
        no-disclaimer
        onhearth-coping-rate={(event) => console.log(event.detail.strategyId, event.detail.helpful)}
      ></hearth-coping-card>
      <hearth-journal-prompt pack="gratitude" encrypt></hearth-journal-prompt>
      <hearth-feedback-form template="session" format="fhir" onhearth-feedback-submit={(event) => event.preventDefault()}></hearth-feedback-form>
      <hearth-consent
        template="confidentiality"
        signer-role="guardian"
        onhearth-consent-submit={(event) => console.log(event.detail.record.policyHash)}
      ></hearth-consent>
      <hearth-quick-exit></hearth-quick-exit>

      {/* @ts-expect-error: storage is local, session or none */}
      <hearth-coping-card storage="cloud"></hearth-coping-card>
      {/* @ts-expect-error: a form definition is an object with items, not a string */}
      <hearth-feedback-form definition="session"></hearth-feedback-form>
      {/* @ts-expect-error: the rate event carries strategyId and helpful, not a score */}
      <hearth-coping-card onhearth-coping-rate={(event) => console.log(event.detail.score)}></hearth-coping-card>
      {/* @ts-expect-error: signer-role is self, guardian or representative */}
      <hearth-consent signer-role="friend"></hearth-consent>
      {/* @ts-expect-error: the provider's config is a PracticeConfig, whose theme is light, dark or auto */}
      <hearth-provider config={{ theme: 'neon' }}></hearth-provider>
    </hearth-provider>
  );
}
