// A React 19 app that uses @hearth/react: properties as props, events as typed callbacks.
import React, { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Consent, CopingCard, CrisisResources, FeedbackForm, HearthProvider, JournalPrompt, QuickExit, SafetyPlan } from '@hearth/react';

const definition = {
  id: 'check',
  version: '1',
  title: 'A quick check',
  items: [
    {
      id: 'useful',
      type: 'choice',
      label: 'Was this page useful?',
      required: true,
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    },
  ],
};

function App() {
  const [log, setLog] = useState([]);
  const note = (event) => setLog((seen) => [...seen, event.type]);
  return (
    <>
      <HearthProvider config={{ region: 'GB', practiceName: 'Willow Tree Counselling' }}>
        <QuickExit href="/left.html" onQuickExit={note} />
        <CrisisResources />
        <CopingCard strategy="box-breathing" storage="none" onCopingRate={note} />
        <JournalPrompt pack="gratitude" storage="none" onJournalSave={note} />
        <FeedbackForm definition={definition} storage="none" onFeedbackSubmit={note} />
        <Consent template="confidentiality" storage="none" onConsentSubmit={note} />
        <SafetyPlan storage="none" onSafetyPlanSave={note} />
      </HearthProvider>
      <output id="log">{log.join(' ')}</output>
    </>
  );
}

createRoot(document.querySelector('#root')).render(<App />);
