/*
 * The floor for `npm run bench` (issue #16): the least a Vite + React 19 + TanStack Query +
 * Tailwind 4 page costs. One query, one ticking number, three utility classes, createRoot.
 * The real page's targets are ratios to this page's figures, so keep it exactly this small.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';

const queryClient = new QueryClient();

function Floor() {
  const { data: title } = useQuery({
    queryKey: ['title'],
    queryFn: () => Promise.resolve('Metallic Rouge'),
  });
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => {
      setSeconds((count) => count + 1);
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  return (
    <main className="p-4 text-2xl font-bold">
      <h1>{title}</h1>
      <p>{seconds}</p>
    </main>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root.');
createRoot(container).render(
  <QueryClientProvider client={queryClient}>
    <Floor />
  </QueryClientProvider>,
);
