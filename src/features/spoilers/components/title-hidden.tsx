/** What stands where a title past the visitor's horizon would be: nothing of the title itself. */
export function TitleHidden() {
  return <span className="text-ink-muted italic">Title hidden</span>;
}
