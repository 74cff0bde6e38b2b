// People held (captivity.ts): a state that holds a person outright detains them, anyone else holds a captive, and
// "held" that judges or meets is no custody. Every sentence is our own.
import { supportedTriples as facts } from '../fixtures/reading';

describe('a person held', () => {
  it.each([
    ['Peru has held Ana Ruiz since 2021.', 'peru DETAINS ana-ruiz'],
    ['Peru held Ana Ruiz for questioning.', 'peru DETAINS ana-ruiz'],
    ['Ana Ruiz has been held by Peru since 2021.', 'peru DETAINS ana-ruiz'],
    ['Hamas has held Ana Ruiz since October.', 'hamas HOLDS_CAPTIVE ana-ruiz'],
    ['Ana Ruiz is being held by Hamas in Gaza.', 'hamas HOLDS_CAPTIVE ana-ruiz'],
    ['Peru is holding Ana Ruiz hostage.', 'peru HOLDS_CAPTIVE ana-ruiz'],
  ])('%s', async (text, fact) => {
    expect(await facts(text)).toContain(fact);
  });

  it.each([
    'Peru held Ana Ruiz responsible for the attack.',
    'Peru held talks with Ana Ruiz.',
    'Ana Ruiz held Marco Diaz in high regard.',
    'Peru did not hold Ana Ruiz.',
  ])('is no custody when held judges, meets, esteems or did not happen: %s', async (text) => {
    expect((await facts(text)).filter((f) => / (DETAINS|HOLDS_CAPTIVE) /.test(f))).toEqual([]);
  });
});

describe('a sentence passed', () => {
  it.each([
    ['Chile sentenced Ana Ruiz to ten years in prison.', 'chile DETAINS ana-ruiz'],
    ['A Chilean court sentenced Ana Ruiz to ten years in prison.', 'chile DETAINS ana-ruiz'],
    ['Chile sentenced Ana Ruiz to death.', 'chile DETAINS ana-ruiz'],
  ])('is legal action by the state whose court passed it: %s', async (text, fact) => {
    expect(await facts(text)).toContain(fact);
  });

  it('is nothing without a term of custody', async () => {
    expect(await facts('Chile’s president sentenced the plan to failure.')).toEqual([]);
  });
});
