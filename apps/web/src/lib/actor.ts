import { useLocalStorage } from "@mantine/hooks";

/** The name recorded as "who" in the audit trail, kept in this browser until accounts arrive. */
export function useActor(): [string, (name: string) => void] {
  const [actor, setActor] = useLocalStorage({ key: "lifecycle.actor", defaultValue: "" });
  return [actor, setActor];
}
