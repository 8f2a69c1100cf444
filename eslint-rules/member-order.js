/**
 * `hearth/member-order`: the class member order of ../shared/design/STYLE.md §5 (Shoelace's
 * contributing guide): statics, fields, `@query`, `@state`, `@property`, lifecycle, private
 * methods, public methods, `render()`. Getters and setters count as methods of their visibility.
 * Reports the first member found after one of a later group, with both names; `--fix` moves the
 * members into order, each with the comments just above it, keeping their order within a group.
 */

const LIFECYCLE = new Set([
  'constructor',
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
  'formAssociatedCallback',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback',
  'createRenderRoot',
  'scheduleUpdate',
  'performUpdate',
  'shouldUpdate',
  'willUpdate',
  'update',
  'firstUpdated',
  'updated',
  'getUpdateComplete',
  'hostConnected',
  'hostDisconnected',
  'hostUpdate',
  'hostUpdated',
]);

const GROUPS = ['static member', 'field', '@query', '@state', '@property', 'lifecycle', 'private method', 'public method', 'render()'];

function nameOf(member) {
  const key = member.key;
  if (!key) return '';
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'PrivateIdentifier') return `#${key.name}`;
  if (key.type === 'Literal') return String(key.value);
  return '[computed]';
}

function decoratorNames(member) {
  return (member.decorators ?? []).map((decorator) => {
    const expression = decorator.expression.type === 'CallExpression' ? decorator.expression.callee : decorator.expression;
    return expression.type === 'Identifier' ? expression.name : '';
  });
}

/** The group index of a class member (an index into GROUPS). */
export function groupOf(member) {
  if (member.type === 'StaticBlock' || member.static) return 0;
  const name = nameOf(member);
  const isField = member.type === 'PropertyDefinition' || member.type === 'AccessorProperty' || member.type === 'TSAbstractPropertyDefinition';
  if (isField) {
    const decorators = decoratorNames(member);
    if (decorators.some((d) => d.startsWith('query'))) return 2;
    if (decorators.includes('state')) return 3;
    if (decorators.includes('property')) return 4;
    return 1;
  }
  if (member.type === 'TSIndexSignature') return 1;
  if (member.kind === 'constructor' || LIFECYCLE.has(name)) return 5;
  if (name === 'render') return 8;
  const isPrivate = member.key?.type === 'PrivateIdentifier' || member.accessibility === 'private' || member.accessibility === 'protected';
  return isPrivate ? 6 : 7;
}

export default {
  meta: {
    type: 'suggestion',
    fixable: 'code',
    docs: { description: 'Class members in the house order (STYLE.md §5).' },
    messages: {
      order:
        '{{member}} ({{group}}) belongs before {{before}} ({{beforeGroup}}): statics, fields, @query, @state, @property, lifecycle, private methods, public methods, render().',
    },
    schema: [],
  },
  create(context) {
    const source = context.sourceCode;
    return {
      ClassBody(body) {
        const members = body.body;
        let highest = -1;
        let highestMember;
        let firstProblem;
        for (const member of members) {
          const group = groupOf(member);
          if (group < highest && !firstProblem) firstProblem = { member, group };
          if (group > highest) {
            highest = group;
            highestMember = member;
          }
          if (firstProblem && highestMember) break;
        }
        if (!firstProblem) return;
        // The member that the misplaced one follows: the first of a later group.
        const before = members.find((m) => groupOf(m) > firstProblem.group);
        context.report({
          node: firstProblem.member,
          messageId: 'order',
          data: {
            member: nameOf(firstProblem.member) || firstProblem.member.type,
            group: GROUPS[firstProblem.group],
            before: nameOf(before),
            beforeGroup: GROUPS[groupOf(before)],
          },
          fix(fixer) {
            // Each member's text from the end of the previous member (so its comments come with it).
            const open = source.getFirstToken(body);
            const close = source.getLastToken(body);
            const pieces = [];
            let start = open.range[1];
            for (const member of members) {
              const comments = source.getCommentsBefore(member);
              const from = comments.length ? comments[0].range[0] : member.range[0];
              // Keep the whitespace that led to the member (its indentation and blank line).
              const lead = source.text.slice(start, from);
              pieces.push({ group: groupOf(member), text: lead + source.text.slice(from, member.range[1]) });
              start = member.range[1];
            }
            const tail = source.text.slice(start, close.range[0]);
            const sorted = pieces.map((piece, index) => ({ ...piece, index })).sort((a, b) => a.group - b.group || a.index - b.index);
            // Every member after the first starts on a new line, even if the original did not.
            const text = sorted.map((piece, i) => (i === 0 || piece.text.startsWith('\n') ? piece.text : `\n${piece.text}`)).join('');
            return fixer.replaceTextRange([open.range[1], close.range[0]], text + tail);
          },
        });
      },
    };
  },
};
