export function FormAlert({ message, tone = "error" }: { message: string; tone?: "error" | "success" }) {
  const styles =
    tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-800";
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${styles}`}>
      {message}
    </div>
  );
}
