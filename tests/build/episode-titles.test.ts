import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EPISODES, titleForms, titlesIn } from '../fixtures/episode-titles.ts';
import { DIST } from './build-output.ts';

/** Every text file of the build, as a path inside dist/ (images are not searched). */
function textFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(png|jpe?g|webp|ico|woff2?)$/.test(name) ? [] : [relative(DIST, path)];
  });
}

const files = textFiles().map((path) => ({ path, text: readFileSync(join(DIST, path), 'utf8') }));

/** The chunk that holds episode `number`'s module: its file name says so. */
function chunkOf(number: number): string[] {
  const name = `metallic-rouge-episode-${String(number).padStart(2, '0')}-`;
  return files.filter(({ path }) => path.startsWith(`assets/${name}`)).map(({ path }) => path);
}

describe('episode titles in the build', () => {
  it('knows a form of every title to look for, in every script', () => {
    expect(EPISODES).toHaveLength(13);
    expect(titleForms(EPISODES[12]!)).toEqual(
      expect.arrayContaining([
        'code eve',
        'コード・イヴ',
        'code-eve',
        '%e3%82%b3%e3%83%bc%e3%83%89%e3%83%bb%e3%82%a4%e3%83%b4',
      ]),
    );
    // index.html carries boot.js and the stylesheet too, written into it by the build.
    expect(files.some(({ path }) => path === 'index.html')).toBe(true);
  });

  it.each(EPISODES.map((episode) => [episode.number, episode] as const))(
    'keeps episode %i in a chunk of its own, holding no other episode’s title',
    (number, episode) => {
      const chunks = chunkOf(number);
      expect(chunks).toHaveLength(1);
      const chunk = files.find(({ path }) => path === chunks[0])!;
      expect(titlesIn(chunk.text, [episode])).not.toEqual([]);
      const others = EPISODES.filter((other) => other !== episode);
      expect(titlesIn(chunk.text, others)).toEqual([]);
    },
  );

  it('has no title in any other file: not the HTML, the scripts, the styles or the manifest', () => {
    const episodeChunks = new Set(EPISODES.flatMap((episode) => chunkOf(episode.number)));
    const leaks = files
      .filter(({ path }) => !episodeChunks.has(path))
      .flatMap(({ path, text }) => titlesIn(text, EPISODES).map((found) => `${path}: ${found}`));
    expect(leaks).toEqual([]);
  });
});
