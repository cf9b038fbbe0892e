// A benchmark's goals: each check prints the measurement against its goal and, when it misses,
// by how much; a missed goal makes the benchmark exit with status 1.
const fmt = (n) => (Number.isInteger(n) ? String(n) : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

function report(what, value, goal, unit, ok, relation) {
  const by = Math.abs(value - goal);
  const pct = goal ? ` (${fmt((by / Math.abs(goal)) * 100)}%)` : '';
  if (ok) {
    console.log(`goal met: ${what} ${fmt(value)}${unit}, goal ${relation} ${fmt(goal)}${unit}`);
  } else {
    console.log(`GOAL MISSED: ${what} ${fmt(value)}${unit}, goal ${relation} ${fmt(goal)}${unit}: missed by ${fmt(by)}${unit}${pct}`);
    process.exitCode = 1;
  }
  return ok;
}

/** `value` must not exceed `goal`. */
export const atMost = (what, value, goal, unit = '') => report(what, value, goal, unit, value <= goal, 'at most');

/** `value` must reach `goal`. */
export const atLeast = (what, value, goal, unit = '') => report(what, value, goal, unit, value >= goal, 'at least');
