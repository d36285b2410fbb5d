import { type CreateUserBodyInput, UserSchema } from '@partrack/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { userKeys } from './user-keys';

export function createUser(body: CreateUserBodyInput) {
  return apiRequest(UserSchema, '/api/v1/users', { method: 'POST', body });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}
