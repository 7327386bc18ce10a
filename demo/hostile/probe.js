// Loaded first by every hostile page: records long tasks from the start, before the page
// replaces any built-ins, and writes them to attributes so a test can read them without running
// code in a page whose built-ins may be broken. The tasks go on a <meta> in <head>, not on <html>:
// a changed attribute of <html> made the 5 MB page render a frame of half a second, counted as
// the next long task, whose attribute made another.
(() => {
  const stringify = JSON.stringify;
  const root = document.documentElement;
  const probe = document.createElement('meta');
  probe.setAttribute('name', 'hanvisa-probe');
  (document.head || root).appendChild(probe);
  const tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      tasks[tasks.length] = [Math.round(e.startTime), Math.round(e.duration)];
    probe.setAttribute('data-long-tasks', stringify(tasks));
  }).observe({ type: 'longtask', buffered: true });
  window.__markReady = () => root.setAttribute('data-ready-at', String(Math.round(performance.now())));
  // The extension id an attacker would know (it is fixed by the manifest key); tests pass it.
  window.__extensionId = new URLSearchParams(location.search).get('id') || 'mdjibgnbdoplhmpnofakfmcehfeeegej';
})();
